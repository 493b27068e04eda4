using SmeNotebooks.Localization;

namespace SmeNotebooks.Survey;

/// <summary>Checks of printed percentages against whole numbers of respondents.</summary>
public static class Percentages
{
    /// <summary>
    /// The counts k (0 ≤ k ≤ n) whose share 100·k/n, rounded half away from zero to <paramref name="decimals"/>,
    /// prints as <paramref name="percent"/>. Empty when no whole number of respondents gives the printed value —
    /// evidence of a typo, a truncation, a different base, or a value computed as a remainder.
    /// </summary>
    public static int[] ImpliedCounts(double percent, int n, int decimals = 1)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), n, Strings.Error_BasePositive);
        return Enumerable.Range(0, n + 1)
            .Where(k => Math.Abs(Math.Round(100.0 * k / n, decimals, MidpointRounding.AwayFromZero) - percent) < 1e-9)
            .ToArray();
    }
}
