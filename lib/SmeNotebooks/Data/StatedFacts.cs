using Microsoft.Data.Analysis;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Data;

/// <summary>
/// A study's facts stated in its text (CSV columns key, low, high, unit, location, quote, cited_source), looked up
/// by key.
/// </summary>
public sealed class StatedFacts
{
    private readonly Dictionary<string, StatedFact> byKey;

    private StatedFacts(IEnumerable<StatedFact> facts) => byKey = facts.ToDictionary(f => f.Key);

    /// <summary>Every fact, in file order.</summary>
    public IReadOnlyList<StatedFact> All => [.. byKey.Values];

    /// <summary>The fact named <paramref name="key"/>; throws, listing the keys, when there is none.</summary>
    public StatedFact this[string key] => byKey.TryGetValue(key, out var fact) ? fact
        : throw new KeyNotFoundException(Localized.Format(Strings.Error_NoStatedFact, key, string.Join(", ", byKey.Keys)));

    /// <summary>Reads a facts CSV.</summary>
    public static StatedFacts Load(string path)
    {
        var table = CsvData.Load(path);
        return new StatedFacts(Enumerable.Range(0, (int)table.Rows.Count).Select(r => new StatedFact(
            Lookup.Text(table, "key", r), Lookup.Number(table, "low", r), Lookup.Number(table, "high", r), Lookup.Text(table, "unit", r),
            Lookup.Text(table, "location", r), Lookup.Text(table, "quote", r), Lookup.Text(table, "cited_source", r))));
    }

    /// <summary>The facts as a DataFrame for display.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("key", All.Select(f => f.Key)),
        new StringDataFrameColumn("value", All.Select(f => f.IsRange ? $"{Show(f.Low)} to {Show(f.High)}" : Show(f.Low))),
        new StringDataFrameColumn("unit", All.Select(f => f.Unit)),
        new StringDataFrameColumn("where", All.Select(f => f.Location)),
        new StringDataFrameColumn("quote", All.Select(f => f.Quote)));

    private static string Show(double value) => value.ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture);
}
