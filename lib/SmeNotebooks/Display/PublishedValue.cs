namespace SmeNotebooks.Display;

/// <summary>A number as a paper prints it: its value and the decimals it is printed to (trailing zeros count).</summary>
/// <param name="Value">The printed value.</param>
/// <param name="Decimals">How many decimals are printed ("0.0330" → 4, "12" → 0).</param>
public sealed record PublishedValue(double Value, int Decimals)
{
    /// <summary>Half a unit of the last printed digit, 0.5·10^−decimals: how far the true value can lie from the printed one.</summary>
    public double HalfUnit => 0.5 * Math.Pow(10, -Decimals);

    /// <summary>This value beside <paramref name="reproduced"/>, agreeing within <see cref="HalfUnit"/>.</summary>
    public ComparisonRow Beside(double reproduced, string term, string quantity = "") =>
        new(term, quantity, Value, reproduced, HalfUnit, Decimals);

    /// <summary>This value beside <paramref name="reproduced"/> with another tolerance, and the reason for it.</summary>
    public ComparisonRow Beside(double reproduced, string term, string quantity, double tolerance, string reason) =>
        new(term, quantity, Value, reproduced, tolerance, Decimals, reason);
}
