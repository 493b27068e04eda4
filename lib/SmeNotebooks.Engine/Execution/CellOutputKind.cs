namespace SmeNotebooks.Engine.Execution;

/// <summary>What a cell output is; pages use its lower-case name as a CSS class, Jupyter maps it to a message type.</summary>
public enum CellOutputKind
{
    /// <summary>Text the cell wrote to Console.Out.</summary>
    Stdout,

    /// <summary>Text the cell wrote to Console.Error.</summary>
    Stderr,

    /// <summary>A value shown by <c>display(x)</c>.</summary>
    Display,

    /// <summary>A new value for an earlier display (<see cref="DisplayedValue.Update"/>).</summary>
    Update,

    /// <summary>The value of the cell's trailing expression.</summary>
    Result,

    /// <summary>Why the cell failed.</summary>
    Error,

    /// <summary>What the engine says about the cell: a directive satisfied offline, a wall time, a cell not executed.</summary>
    Note,
}
