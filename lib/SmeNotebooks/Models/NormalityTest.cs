using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// Kolmogorov-Smirnov test of normality with the Lilliefors correction, what SPSS's EXAMINE prints under
/// "Tests of Normality": D = supₓ |Fₙ(x) − Φ((x − x̄)/s)| with mean and standard deviation (n − 1) estimated from
/// the sample; the p-value by Dallal and Wilkinson's (1986) approximation, as in R's nortest::lillie.test.
/// </summary>
/// <param name="Statistic">D, the largest distance between the empirical and the fitted normal CDF.</param>
/// <param name="N">Sample size.</param>
/// <param name="PValue">Lilliefors-corrected significance.</param>
public sealed record NormalityTest(double Statistic, int N, double PValue)
{
    /// <summary>
    /// SPSS's printed significance: it shows ".200*" — a lower bound of the true significance — whenever the
    /// approximation exceeds 0.2, so this is min(p, 0.2).
    /// </summary>
    public double SpssSignificance => Math.Min(PValue, 0.2);

    /// <summary>True when SPSS would print the significance as a lower bound (p &gt; 0.2).</summary>
    public bool SpssSignificanceIsLowerBound => PValue > 0.2;

    /// <summary>Runs the test on <paramref name="values"/> (at least 5, not all equal).</summary>
    public static NormalityTest KolmogorovSmirnovLilliefors(IReadOnlyList<double> values)
    {
        int n = values.Count;
        if (n < 5) throw new DataValidationException(Localized.Format(Strings.Error_LillieforsCount, n));
        if (values.Any(v => !double.IsFinite(v))) throw new DataValidationException(Strings.Error_LillieforsFinite);
        var (mean, sd) = MathNet.Numerics.Statistics.Statistics.MeanStandardDeviation(values);
        if (sd == 0) throw new DataValidationException(Strings.Error_NormalityConstant);
        var sorted = values.OrderBy(v => v).ToArray();
        double d = 0;
        for (int i = 0; i < n; i++)
        {
            double p = MathNet.Numerics.Distributions.Normal.CDF(0, 1, (sorted[i] - mean) / sd);
            d = Math.Max(d, Math.Max((i + 1.0) / n - p, p - (double)i / n));
        }
        return new NormalityTest(d, n, DallalWilkinson(d, n));
    }

    /// <summary>Dallal-Wilkinson (1986) approximation to the Lilliefors p-value, with Stephens' (1974) modified statistic above 0.1.</summary>
    private static double DallalWilkinson(double d, int n)
    {
        double kd = n <= 100 ? d : d * Math.Pow(n / 100.0, 0.49);
        double nd = n <= 100 ? n : 100;
        double p = Math.Exp(-7.01256 * kd * kd * (nd + 2.78019) + 2.99587 * kd * Math.Sqrt(nd + 2.78019)
                            - 0.122119 + 0.974598 / Math.Sqrt(nd) + 1.67997 / nd);
        if (p <= 0.1) return p;
        double kk = (Math.Sqrt(n) - 0.01 + 0.85 / Math.Sqrt(n)) * d;
        return kk switch
        {
            <= 0.302 => 1.0,
            <= 0.5 => 2.76773 - 19.828315 * kk + 80.709644 * kk * kk - 138.55152 * Math.Pow(kk, 3) + 81.218052 * Math.Pow(kk, 4),
            <= 0.9 => -4.901232 + 40.662806 * kk - 97.490286 * kk * kk + 94.029866 * Math.Pow(kk, 3) - 32.355711 * Math.Pow(kk, 4),
            <= 1.31 => 6.198765 - 19.558097 * kk + 23.186922 * kk * kk - 12.234627 * Math.Pow(kk, 3) + 2.423045 * Math.Pow(kk, 4),
            _ => 0.0,
        };
    }
}
