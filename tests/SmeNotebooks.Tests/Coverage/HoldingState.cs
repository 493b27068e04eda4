namespace SmeNotebooks.Tests.Coverage;

/// <summary>
/// What holds a printed number (issue 25), from the strongest statement about it: proven inconsistent with other
/// printed numbers; recomputed from data by the library; tied by an identity to other printed numbers (a sum, k/n for
/// the table's own n, e^B = Exp(B), (B/S.E.)² = Wald); or not checkable, for a reason.
/// </summary>
public enum HoldingState
{
    Inconsistent,
    Recomputed,
    Identity,
    NotCheckable,
}
