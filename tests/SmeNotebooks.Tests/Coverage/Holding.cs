namespace SmeNotebooks.Tests.Coverage;

/// <summary>What holds one printed number: its <see cref="State"/> and, in one line, how (or why it cannot be checked).</summary>
public sealed record Holding(HoldingState State, string How);
