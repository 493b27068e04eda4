namespace SmeNotebooks.Display;

/// <summary>
/// A published number beside the one reproduced here: it agrees when |reproduced − published| ≤ tolerance — half a
/// unit of the last printed digit (<see cref="PublishedValue.HalfUnit"/>) unless <see cref="ToleranceReason"/> says
/// why another is used.
/// </summary>
/// <param name="Term">The row it belongs to, e.g. "Size" or "R²".</param>
/// <param name="Quantity">What of the row is compared, e.g. "B" or "S.E."; empty when the term says it all.</param>
/// <param name="Published">The value as printed in the paper.</param>
/// <param name="Reproduced">The value computed here.</param>
/// <param name="Tolerance">The largest difference that still counts as agreement.</param>
/// <param name="Decimals">Decimals the paper printed (the published value is shown with these, the reproduced with one more).</param>
/// <param name="ToleranceReason">Why the tolerance is not half a unit of the last printed digit; null when it is.</param>
public sealed record ComparisonRow(string Term, string Quantity, double Published, double Reproduced, double Tolerance, int Decimals, string? ToleranceReason = null)
{
    /// <summary>"Term Quantity", e.g. "Size B" — the row's key.</summary>
    public string Label => Quantity.Length == 0 ? Term : $"{Term} {Quantity}";

    /// <summary>The label as the reader sees it: SPSS's terms and quantities in the reader's language (<see cref="SpssLabels.Display"/>), e.g. "Size E.T.".</summary>
    public string DisplayLabel => Quantity.Length == 0 ? SpssLabels.Display(Term) : $"{SpssLabels.Display(Term)} {SpssLabels.Display(Quantity)}";

    /// <summary>Reproduced − published.</summary>
    public double Difference => Reproduced - Published;

    /// <summary>True when |difference| ≤ tolerance.</summary>
    public bool Agrees => Math.Abs(Difference) <= Tolerance;
}
