namespace SmeNotebooks.Kernel.Interpreter;

/// <summary>An executed cell as history_request returns it: its number, its input and its text/plain result, if any.</summary>
internal sealed record HistoryEntry(int Line, string Input, string? Output);
