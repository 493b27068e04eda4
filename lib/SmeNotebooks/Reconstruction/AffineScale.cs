namespace SmeNotebooks.Reconstruction;

/// <summary>
/// A linear map from a normalized variable x ∈ [0, 1] back to its composite score: score = Offset + Width·x, so the
/// score ranges over [Offset, Offset + Width] and min-max normalization of the score gives x back.
/// </summary>
/// <param name="Offset">The score at x = 0 (the sample minimum).</param>
/// <param name="Width">Maximum minus minimum score (positive).</param>
public sealed record AffineScale(double Offset, double Width)
{
    /// <summary>The score of a normalized value.</summary>
    public double Score(double normalized) => Offset + Width * normalized;
}
