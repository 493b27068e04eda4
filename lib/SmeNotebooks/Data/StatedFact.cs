using SmeNotebooks.Localization;

namespace SmeNotebooks.Data;

/// <summary>
/// A number a paper states in its text or notes rather than in a table, kept with the sentence it comes from.
/// A single value has <see cref="Low"/> = <see cref="High"/>; a stated range ("from 16% to 36%") has both ends.
/// </summary>
/// <param name="Key">A stable name, e.g. "south_america_sme_direct_exporters".</param>
/// <param name="Low">The value, or the lower end of a stated range.</param>
/// <param name="High">The value, or the upper end of a stated range.</param>
/// <param name="Unit">What the number counts, e.g. "% of SMEs exporting directly".</param>
/// <param name="Location">Where in the paper: a page ("p. 315") or a section.</param>
/// <param name="Quote">The sentence, in the paper's language.</param>
/// <param name="CitedSource">The source the paper cites for it.</param>
public sealed record StatedFact(string Key, double Low, double High, string Unit, string Location, string Quote, string CitedSource)
{
    /// <summary>True when the paper states a range rather than one value.</summary>
    public bool IsRange => Low != High;

    /// <summary>The single stated value; throws for a range, which has no single value.</summary>
    public double Value => IsRange ? throw new InvalidOperationException(Localized.Format(Strings.Error_StatedRange, Key, Low, High)) : Low;
}
