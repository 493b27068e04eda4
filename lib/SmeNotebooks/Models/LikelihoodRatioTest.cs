using SmeNotebooks.Numerics;

namespace SmeNotebooks.Models;

/// <summary>
/// A likelihood-ratio chi-square test, as SPSS's "Omnibus Tests of Model Coefficients":
/// χ² = −2LL(restricted) − (−2LL(full)) on df = number of parameters dropped; Sig. = P(χ²_df ≥ χ²).
/// </summary>
/// <param name="ChiSquare">The likelihood-ratio statistic.</param>
/// <param name="DegreesOfFreedom">Difference in the number of estimated parameters.</param>
public sealed record LikelihoodRatioTest(double ChiSquare, int DegreesOfFreedom)
{
    /// <summary>Upper-tail probability of <see cref="ChiSquare"/> under χ² with <see cref="DegreesOfFreedom"/>.</summary>
    public double PValue => Tails.ChiSquare(ChiSquare, DegreesOfFreedom);
}
