namespace SmeNotebooks.Display;

/// <summary>A table of published values beside reproduced ones, with differences outside tolerance highlighted.</summary>
/// <param name="Title">Caption, e.g. "Table 4 — published and reproduced".</param>
/// <param name="Rows">The compared numbers.</param>
/// <param name="Source">Where the published values come from (paper, table, page).</param>
public sealed record Comparison(string Title, IReadOnlyList<ComparisonRow> Rows, string Source)
{
    /// <summary>True when every row agrees within its tolerance.</summary>
    public bool AllAgree => Rows.All(r => r.Agrees);

    /// <summary>The largest |difference| over all rows.</summary>
    public double MaxAbsoluteDifference => Rows.Max(r => Math.Abs(r.Difference));

    /// <summary>The comparison as a <see cref="Table"/>: label, published, reproduced, difference, agreement.</summary>
    public Table ToTable()
    {
        var cells = Rows.Select(r => (IReadOnlyList<string>)
        [
            r.Label, Number.Format(r.Published, r.Decimals), Number.Format(r.Reproduced, r.Decimals + 1),
            Number.Format(r.Difference, r.Decimals + 1), r.Agrees ? "yes" : "no",
        ]).ToArray();
        var highlighted = Rows.Select((r, i) => (r, i)).Where(x => !x.r.Agrees).Select(x => (x.i, 3)).ToHashSet();
        return new Table(Title, ["", "Published", "Reproduced", "Difference", "Within tolerance"], cells, Source) { HighlightedCells = highlighted };
    }
}
