using SmeNotebooks.Engine.Execution;

namespace SmeNotebooks.Kernel.Interpreter;

/// <summary>How a cell ended: its execution count and, when it failed, why (null when it succeeded).</summary>
internal sealed record ExecuteOutcome(int Count, CellFailure? Failure);
