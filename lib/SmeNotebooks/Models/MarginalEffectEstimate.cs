namespace SmeNotebooks.Models;

/// <summary>
/// A marginal effect of a predictor on the probability, ∂P/∂xⱼ = βⱼ·P·(1 − P), at a point or averaged over the
/// sample, with a delta-method standard error (Greene, Econometric Analysis, 8th ed., §17.3).
/// </summary>
/// <param name="Predictor">The predictor whose effect this is.</param>
/// <param name="Effect">The change in probability per unit of the predictor, locally.</param>
/// <param name="StdError">Delta-method standard error of <see cref="Effect"/>.</param>
public sealed record MarginalEffectEstimate(string Predictor, double Effect, double StdError)
{
    /// <summary>Effect − 1.959964·S.E.</summary>
    public double Lower95 => Effect - Numerics.Tails.Z975 * StdError;

    /// <summary>Effect + 1.959964·S.E.</summary>
    public double Upper95 => Effect + Numerics.Tails.Z975 * StdError;
}
