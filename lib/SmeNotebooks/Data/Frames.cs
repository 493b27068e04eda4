using Microsoft.Data.Analysis;

namespace SmeNotebooks.Data;

/// <summary>Small DataFrame operations the notebooks need and Microsoft.Data.Analysis spells at length.</summary>
public static class Frames
{
    /// <summary>A new frame with copies of the named columns, in that order; throws, listing the columns there are, when one is missing.</summary>
    public static DataFrame Select(DataFrame frame, params string[] columns) =>
        new(columns.Select(name => frame.Columns.IndexOf(name) >= 0 ? frame[name].Clone()
            : throw new ArgumentException($"The table has no column '{name}' (it has: {string.Join(", ", frame.Columns.Select(c => c.Name))}).", nameof(columns))));
}
