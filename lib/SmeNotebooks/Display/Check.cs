using System.ComponentModel;
using System.Globalization;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Display;

/// <summary>
/// Claims that notebooks prove by computation — an inconsistency in a paper, an exercise's answer. A claim that
/// holds returns a <see cref="CheckResult"/> to display; one that does not throws <see cref="CheckFailedException"/>,
/// so the notebook fails to render rather than print a wrong statement.
/// </summary>
public static class Check
{
    /// <summary>Claims |actual − expected| ≤ tolerance.</summary>
    public static CheckResult Near([Localizable(true)] string claim, double expected, double actual, double tolerance)
    {
        string detail = Localized.Format(Strings.Check_NearDetail, Format(actual), Format(expected), Format(tolerance));
        return Math.Abs(actual - expected) <= tolerance ? new CheckResult(claim, detail) : throw new CheckFailedException($"{claim}: {detail}.");
    }

    /// <summary>Claims that <paramref name="condition"/> holds; <paramref name="detail"/> shows the numbers.</summary>
    public static CheckResult That([Localizable(true)] string claim, bool condition, [Localizable(true)] string detail) =>
        condition ? new CheckResult(claim, detail) : throw new CheckFailedException($"{claim}: {detail}.");

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
