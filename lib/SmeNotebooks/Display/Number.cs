using System.Globalization;

namespace SmeNotebooks.Display;

/// <summary>Number formatting in the invariant culture, so "0.20" never prints as "0,20".</summary>
public static class Number
{
    /// <summary><paramref name="value"/> with <paramref name="decimals"/> decimals ("0.642"); NaN prints as an empty cell.</summary>
    public static string Format(double value, int decimals = 3) =>
        double.IsNaN(value) ? "" : value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage with one decimal, as SPSS's classification table prints it (0.855 → "85.5").</summary>
    public static string Percent(double fraction) => Format(100 * fraction, 1);
}
