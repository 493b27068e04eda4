namespace SmeNotebooks.Models;

/// <summary>
/// A predicted probability P = 1/(1+e^−η) for one profile x, with η = x·β. The 95% interval is computed on the
/// logit scale, η ± 1.959964·√(xᵀΣx) (delta method, Σ the coefficient covariance), and transformed back, so it
/// stays inside (0, 1).
/// </summary>
/// <param name="LinearPredictor">η, the log-odds.</param>
/// <param name="StdErrorLinearPredictor">√(xᵀΣx).</param>
/// <param name="Probability">P(Y = 1 | x).</param>
/// <param name="Lower95">Lower end of the 95% interval for the probability.</param>
/// <param name="Upper95">Upper end of the 95% interval for the probability.</param>
public sealed record PredictedProbability(double LinearPredictor, double StdErrorLinearPredictor, double Probability, double Lower95, double Upper95)
{
    /// <summary>The odds P/(1 − P) = e^η.</summary>
    public double Odds => Math.Exp(LinearPredictor);

    /// <summary>The class assigned at <paramref name="cutoff"/>: 1 when the probability exceeds it.</summary>
    public int Classify(double cutoff = 0.5) => Probability > cutoff ? 1 : 0;
}
