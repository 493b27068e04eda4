using SmeNotebooks.Localization;

namespace SmeNotebooks.Cleaning;

/// <summary>
/// The written shape of a number — every digit replaced by 9, so "4.5%" → "9.9%" and "45%" → "99%" — and the values
/// of a column whose shape differs from the column's usual one: the first place to look for a lost decimal point or
/// digit in a text-extracted table.
/// </summary>
public static class NumberShape
{
    /// <summary>The shape of <paramref name="text"/>: digits → '9', everything else kept.</summary>
    public static string Of(string text) => new(text.Trim().Select(c => char.IsDigit(c) ? '9' : c).ToArray());

    /// <summary>The most common shape in <paramref name="values"/> (ties: the first met).</summary>
    public static string Usual(IEnumerable<string> values) =>
        values.Select(Of).GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key;

    /// <summary>The positions and values whose shape differs from the usual one.</summary>
    public static IReadOnlyList<(int Index, string Value, string Shape)> Unusual(IReadOnlyList<string> values)
    {
        if (values.Count == 0) throw new ArgumentException(Strings.Error_NoValuesToCompare, nameof(values));
        string usual = Usual(values);
        return values.Select((v, i) => (i, v, Of(v))).Where(x => x.Item3 != usual).ToArray();
    }
}
