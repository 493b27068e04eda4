using Microsoft.Data.Analysis;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Data;

/// <summary>Small DataFrame operations the notebooks need and Microsoft.Data.Analysis spells at length.</summary>
public static class Frames
{
    /// <summary>A new frame with copies of the named columns, in that order; throws, listing the columns there are, when one is missing.</summary>
    public static DataFrame Select(DataFrame frame, params string[] columns) =>
        new(columns.Select(name => frame.Columns.IndexOf(name) >= 0 ? frame[name].Clone()
            : throw new ArgumentException(Localized.Format(Strings.Error_TableNoColumn, name, string.Join(", ", frame.Columns.Select(c => c.Name))), nameof(columns))));

    /// <summary>
    /// The rows whose text in none of the <paramref name="drop"/> columns equals the given value — a table without its
    /// "Total" rows and columns, say; throws, listing the columns there are, when a column is missing.
    /// </summary>
    public static DataFrame Except(DataFrame frame, params (string Column, string Value)[] drop)
    {
        var dropped = drop.SelectMany(d => Lookup.Where(frame, d)).ToHashSet();
        return frame.Filter(new PrimitiveDataFrameColumn<bool>("keep", Enumerable.Range(0, (int)frame.Rows.Count).Select(r => !dropped.Contains(r))));
    }
}
