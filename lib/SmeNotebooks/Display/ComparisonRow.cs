namespace SmeNotebooks.Display;

/// <summary>
/// A published number beside the one reproduced from data: it agrees when |reproduced − published| ≤ tolerance
/// (normally half a unit of the last printed digit).
/// </summary>
/// <param name="Label">What the number is, e.g. "Table 4, first predictor, B".</param>
/// <param name="Published">The value as printed in the paper.</param>
/// <param name="Reproduced">The value computed here.</param>
/// <param name="Tolerance">The largest difference that still counts as agreement.</param>
/// <param name="Decimals">Decimals to display (those the paper printed).</param>
public sealed record ComparisonRow(string Label, double Published, double Reproduced, double Tolerance, int Decimals = 3)
{
    /// <summary>Reproduced − published.</summary>
    public double Difference => Reproduced - Published;

    /// <summary>True when |difference| ≤ tolerance.</summary>
    public bool Agrees => Math.Abs(Difference) <= Tolerance;
}
