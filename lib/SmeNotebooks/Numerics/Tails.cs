using MathNet.Numerics;

namespace SmeNotebooks.Numerics;

/// <summary>
/// Upper-tail probabilities — p-values — computed from regularized special functions, so that very small p-values
/// keep their precision (1 − CDF would round them to 0 below about 1e-16). Use these instead of <c>1 - Distribution.CDF(…)</c>.
/// </summary>
public static class Tails
{
    /// <summary>P(χ²_df ≥ x) = Q(df/2, x/2), the regularized upper incomplete gamma function.</summary>
    public static double ChiSquare(double x, double df) =>
        x <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0);

    /// <summary>Two-sided P(|T_df| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2).</summary>
    public static double StudentTTwoSided(double t, double df) =>
        SpecialFunctions.BetaRegularized(df / 2.0, 0.5, df / (df + t * t));

    /// <summary>P(F_{d1,d2} ≥ f) = I_{d2/(d2+d1·f)}(d2/2, d1/2).</summary>
    public static double FisherF(double f, double d1, double d2) =>
        f <= 0 ? 1.0 : SpecialFunctions.BetaRegularized(d2 / 2.0, d1 / 2.0, d2 / (d2 + d1 * f));

    /// <summary>Two-sided normal P(|Z| ≥ |z|) = erfc(|z|/√2).</summary>
    public static double NormalTwoSided(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    /// <summary>The 97.5% standard normal quantile, 1.959963984540054, used for every 95% Wald interval.</summary>
    public static double Z975 { get; } = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.975);
}
