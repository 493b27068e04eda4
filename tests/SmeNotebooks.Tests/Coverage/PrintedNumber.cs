using System.Globalization;

namespace SmeNotebooks.Tests.Coverage;

/// <summary>
/// One number a paper prints, as <c>data/</c> stores it: the study (its data folder), its table ("Table 4", "Figure 1", "Text" for a
/// sentence), the file, the row (its key cells joined by " · ") and column, and the number's text as printed
/// ("0.070", "57%"), and the source the paper quotes it from (null for the paper's own numbers).
/// </summary>
public sealed record PrintedNumber(string Study, string Table, string File, string Row, string Column, string Printed, string? QuotedFrom)
{
    /// <summary>Whether the paper quotes this number from another source.</summary>
    public bool Cited => QuotedFrom is not null;

    /// <summary>The printed number's value ("57%" → 57); NaN when the printed text is no number (damaged in the extraction).</summary>
    public double Value => double.TryParse(Printed.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN;

    /// <summary>The decimals printed: "0.070" → 3, "12" → 0.</summary>
    public int Decimals => Printed.TrimEnd('%').IndexOf('.') is var point and >= 0 ? Printed.TrimEnd('%').Length - point - 1 : 0;

    /// <summary>Half a unit of the last printed digit: the tolerance a recomputation of this number gets unless a looser one says why.</summary>
    public double HalfUnit => 0.5 * Math.Pow(10, -Decimals);

    /// <summary>The number as the library's display reads a print: its value and decimals.</summary>
    public SmeNotebooks.Display.PublishedValue Published => new(Value, Decimals);

    /// <summary>Whether <paramref name="computed"/>, rounded half away from zero to the printed decimals, is the printed text (85.526 as "85.5").</summary>
    public bool IsPrintedAs(double computed) => SmeNotebooks.Tests.Support.Fixtures.AsPrinted(computed, Decimals) == Printed.TrimEnd('%');

    /// <summary>"Table 4, Capinno · SE: 0.408" — how a failure names the number.</summary>
    public override string ToString() => $"{Study}, {Table}, {Row} · {Column}: {Printed}";
}
