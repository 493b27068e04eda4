using Microsoft.Data.Analysis;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Data;

/// <summary>Counts of rows of a long (tidy) table by two of its text columns.</summary>
public static class CrossTab
{
    /// <summary>
    /// Rows counted by <paramref name="rowColumn"/> (row labels in order of first appearance) and
    /// <paramref name="columnColumn"/> (columns in the order <paramref name="columns"/> gives). Throws on a value of
    /// <paramref name="columnColumn"/> outside <paramref name="columns"/>, naming the row.
    /// </summary>
    public static (string[] Rows, int[,] Counts) Count(DataFrame table, string rowColumn, string columnColumn, IReadOnlyList<string> columns)
    {
        var labels = Enumerable.Range(0, (int)table.Rows.Count).Select(r => Lookup.Text(table, rowColumn, r)).Distinct().ToArray();
        var counts = new int[labels.Length, columns.Count];
        for (int r = 0; r < table.Rows.Count; r++)
        {
            string value = Lookup.Text(table, columnColumn, r);
            int c = columns.ToList().IndexOf(value);
            if (c < 0) throw new InvalidDataException(Localized.Format(Strings.Error_CrossTabValue, r + 1, columnColumn, value, string.Join(", ", columns)));
            counts[Array.IndexOf(labels, Lookup.Text(table, rowColumn, r)), c]++;
        }
        return (labels, counts);
    }
}
