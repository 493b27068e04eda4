using SmeNotebooks.Localization;

namespace SmeNotebooks.Survey;

/// <summary>
/// Sample size for estimating a proportion in a finite population (the standard formula with a finite-population correction, as survey papers print it):
/// n = Z²·p·q·N / (N·ε² + Z²·p·q) · f, with f the error and non-response correction factor.
/// </summary>
/// <param name="Population">N, the number of units in the sampling frame.</param>
/// <param name="Z">The normal quantile of the confidence level (1.96 for 95%).</param>
/// <param name="Margin">ε, the accepted error (0.10 for ±10 points).</param>
/// <param name="P">p, the assumed proportion (0.5 gives the largest n); q = 1 − p.</param>
/// <param name="CorrectionFactor">f, inflating n for expected non-response (1 = none).</param>
public sealed record SampleSize(int Population, double Z, double Margin, double P = 0.5, double CorrectionFactor = 1.0)
{
    /// <summary>q = 1 − p.</summary>
    public double Q => 1 - P;

    /// <summary>Z²·p·q·N / (N·ε² + Z²·p·q): the size before the correction factor.</summary>
    public double Base
    {
        get
        {
            if (Population <= 0) throw new ArgumentOutOfRangeException(nameof(Population), Population, Strings.Error_PopulationPositive);
            if (Margin is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(Margin), Margin, Strings.Error_MarginRange);
            if (P is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(P), P, Strings.Error_ProportionRange);
            double zpq = Z * Z * P * Q;
            return zpq * Population / (Population * Margin * Margin + zpq);
        }
    }

    /// <summary>n = Base · f, before rounding.</summary>
    public double Required => Base * CorrectionFactor;

    /// <summary>n rounded up to whole units, as a survey plan would.</summary>
    public int RequiredRoundedUp => (int)Math.Ceiling(Required - 1e-9);

    /// <summary>The correction factor f that would turn <see cref="Base"/> into the <paramref name="reported"/> sample: f = reported / Base.</summary>
    public double ImpliedCorrectionFactor(int reported) => reported / Base;

    /// <summary>The normal quantile for a two-sided confidence level, e.g. 0.95 → 1.959964.</summary>
    public static double ZForConfidence(double confidence) =>
        confidence is > 0 and < 1
            ? MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (1 - confidence) / 2)
            : throw new ArgumentOutOfRangeException(nameof(confidence), confidence, Strings.Error_ConfidenceRange);
}
