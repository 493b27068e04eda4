using SmeNotebooks.Localization;

namespace SmeNotebooks.Display;

/// <summary>
/// A table of published values beside reproduced ones — the collection's one way to compare with a paper — with
/// differences outside tolerance highlighted. Rows are built from a <see cref="PublishedTable"/>
/// (<see cref="PublishedValue.Beside(double, string, string)"/>) and looked up by term and quantity.
/// </summary>
/// <param name="Title">Caption, e.g. "Table 4 — published and reproduced".</param>
/// <param name="Rows">The compared numbers.</param>
/// <param name="Source">Where the published values come from (paper, table, page).</param>
public sealed record Comparison(string Title, IReadOnlyList<ComparisonRow> Rows, string Source)
{
    /// <summary>True when every row agrees within its tolerance.</summary>
    public bool AllAgree => Rows.All(r => r.Agrees);

    /// <summary>The largest |difference| over all rows.</summary>
    public double MaxAbsoluteDifference => Rows.Max(r => Math.Abs(r.Difference));

    /// <summary>The rows that do not agree within their tolerance.</summary>
    public IReadOnlyList<ComparisonRow> Disagreements => Rows.Where(r => !r.Agrees).ToArray();

    /// <summary>The row of <paramref name="term"/> and <paramref name="quantity"/>; throws, listing the rows there are, when there is none.</summary>
    public ComparisonRow this[string term, string quantity = ""] =>
        Rows.SingleOrDefault(r => r.Term == term && r.Quantity == quantity)
        ?? throw new KeyNotFoundException(Localized.Format(Strings.Error_NoComparisonRow, Title, term, quantity, string.Join(", ", Rows.Select(r => r.Label))));

    /// <summary>The rows comparing any of <paramref name="quantities"/> (e.g. "B" and "S.E."), in order.</summary>
    public IReadOnlyList<ComparisonRow> Of(params string[] quantities) => Rows.Where(r => quantities.Contains(r.Quantity)).ToArray();

    /// <summary>
    /// The comparison as a <see cref="Table"/>: label, published, reproduced, difference, tolerance, agreement; every
    /// tolerance that is not half a unit of the last printed digit has its reason in the footnote.
    /// </summary>
    public Table ToTable()
    {
        var cells = Rows.Select(r => (IReadOnlyList<string>)
        [
            r.DisplayLabel, Number.Format(r.Published, r.Decimals), Number.Format(r.Reproduced, r.Decimals + 1),
            Number.Format(r.Difference, r.Decimals + 1), "±" + Number.Format(r.Tolerance, r.Decimals + 1), r.Agrees ? Strings.Comparison_Yes : Strings.Comparison_No,
        ]).ToArray();
        var highlighted = Rows.Select((r, i) => (r, i)).Where(x => !x.r.Agrees).Select(x => (x.i, 3)).ToHashSet();
        var reasons = Rows.Where(r => r.ToleranceReason is not null).Select(r => $"{r.DisplayLabel}: {r.ToleranceReason}").ToArray();
        string footnote = reasons.Length == 0 ? Source : Localized.Format(Strings.Comparison_OtherTolerance, Source, string.Join("; ", reasons));
        return new Table(Title, ["", Strings.Comparison_Published, Strings.Comparison_Reproduced, Strings.Comparison_Difference, Strings.Comparison_Tolerance, Strings.Comparison_Within], cells, footnote) { HighlightedCells = highlighted };
    }
}
