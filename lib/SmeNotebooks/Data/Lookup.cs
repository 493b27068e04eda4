using System.Globalization;
using Microsoft.Data.Analysis;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Data;

/// <summary>
/// Finding rows of a tidy table by the text in its key columns — the lookup every published table needs
/// ("the row where term = Constant") — with an error that names the table's columns and the key when nothing matches.
/// </summary>
public static class Lookup
{
    /// <summary>The indices of the rows whose text in every <paramref name="match"/> column equals the given value.</summary>
    public static int[] Where(DataFrame table, params (string Column, string Value)[] match)
    {
        foreach (var (column, _) in match)
            if (table.Columns.IndexOf(column) < 0)
                throw new ArgumentException(Localized.Format(Strings.Error_TableNoColumn, column, string.Join(", ", table.Columns.Select(c => c.Name))), nameof(match));
        return Enumerable.Range(0, (int)table.Rows.Count).Where(r => match.All(m => Text(table, m.Column, r) == m.Value)).ToArray();
    }

    /// <summary>The index of the one row that matches; throws, naming the key, when none or several do.</summary>
    public static int Single(DataFrame table, params (string Column, string Value)[] match)
    {
        var rows = Where(table, match);
        string key = string.Join(", ", match.Select(m => $"{m.Column} = '{m.Value}'"));
        return rows.Length switch
        {
            1 => rows[0],
            0 => throw new KeyNotFoundException(Localized.Format(Strings.Error_NoRowWhere, key)),
            _ => throw new InvalidOperationException(Localized.Format(Strings.Error_RowsWhere, rows.Length, key)),
        };
    }

    /// <summary>The number in <paramref name="column"/> of the one matching row; throws if that cell is empty.</summary>
    public static double Number(DataFrame table, string column, params (string Column, string Value)[] match) =>
        Number(table, column, Single(table, match));

    /// <summary>The number in <paramref name="column"/> at <paramref name="row"/>; throws if the cell is empty.</summary>
    public static double Number(DataFrame table, string column, int row) =>
        OptionalNumber(table, column, row) ?? throw new InvalidDataException(Localized.Format(Strings.Error_EmptyCell, column, row + 1));

    /// <summary>The number in <paramref name="column"/> at <paramref name="row"/>, or null where the cell is empty (missing).</summary>
    public static double? OptionalNumber(DataFrame table, string column, int row) =>
        Column(table, column)[row] is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;

    /// <summary>The numbers in <paramref name="column"/>, row by row; throws at the first empty cell, naming it.</summary>
    public static double[] Numbers(DataFrame table, string column) => Numbers(table, column, Enumerable.Range(0, (int)table.Rows.Count));

    /// <summary>The numbers in <paramref name="column"/> at <paramref name="rows"/>, in their order; throws at the first empty cell, naming it.</summary>
    public static double[] Numbers(DataFrame table, string column, IEnumerable<int> rows) => rows.Select(r => Number(table, column, r)).ToArray();

    /// <summary>The cell as text ("" when empty), whatever the column's type.</summary>
    public static string Text(DataFrame table, string column, int row) =>
        Convert.ToString(Column(table, column)[row], CultureInfo.InvariantCulture) ?? "";

    private static DataFrameColumn Column(DataFrame table, string column) =>
        table.Columns.IndexOf(column) >= 0 ? table[column]
            : throw new ArgumentException(Localized.Format(Strings.Error_TableNoColumn, column, string.Join(", ", table.Columns.Select(c => c.Name))), nameof(column));
}
