namespace SmeNotebooks.Runner.Execution;

/// <summary>What happened to a cell.</summary>
public enum CellStatus
{
    /// <summary>Executed without error, or rendered (Markdown, HTML).</summary>
    Ok,

    /// <summary>A compile error, runtime exception, directive error or timeout.</summary>
    Failed,

    /// <summary>A kernel the runner does not execute.</summary>
    NotExecuted,

    /// <summary>Not reached because an earlier cell failed (without --keep-going).</summary>
    Skipped,
}
