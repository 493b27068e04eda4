namespace SmeNotebooks.Runner.Dib;

/// <summary>What the runner does with a cell.</summary>
public enum CellLanguage
{
    /// <summary>Executed with Roslyn scripting, sharing state with earlier C# cells.</summary>
    CSharp,

    /// <summary>Rendered with Markdig.</summary>
    Markdown,

    /// <summary>Emitted as it is.</summary>
    Html,

    /// <summary>Kernel metadata (<c>#!meta</c>): kept for the round trip, not shown.</summary>
    Meta,

    /// <summary>A kernel the runner does not execute (F#, PowerShell, JavaScript, …): shown with a "not executed" note.</summary>
    Other,
}
