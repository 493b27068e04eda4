using SmeNotebooks.Runner.Dib;
using SmeNotebooks.Runner.Grading;

namespace SmeNotebooks.Runner.Execution;

/// <summary>The result of executing one notebook, as the child process hands it to the renderer (JSON).</summary>
/// <param name="Path">The notebook file.</param>
/// <param name="Title">The first Markdown heading, or the file name.</param>
/// <param name="Summary">The first Markdown paragraph after the title.</param>
/// <param name="Cells">Every cell with its outputs.</param>
/// <param name="StartedUtc">When execution started.</param>
/// <param name="Milliseconds">Total wall time.</param>
/// <param name="FatalError">A failure outside any cell (a malformed file, a crashed process).</param>
public sealed record NotebookRun(string Path, string Title, string Summary, IReadOnlyList<CellRun> Cells, DateTime StartedUtc, double Milliseconds, string? FatalError = null)
{
    /// <summary>The data files the notebook read (full paths, in the order first read): the data behind its page.</summary>
    public IReadOnlyList<string> DataFiles { get; init; } = [];

    /// <summary>The answer variables a grader asked for, as the cells left them (empty when none was asked).</summary>
    public IReadOnlyList<AnswerValue> Answers { get; init; } = [];

    /// <summary>True when every cell ran (or rendered) and nothing failed.</summary>
    public bool Succeeded => FatalError is null && Cells.All(c => c.Status is CellStatus.Ok or CellStatus.NotExecuted);

    /// <summary>The error messages of the failed cells (and the fatal error).</summary>
    public IEnumerable<string> Errors => Cells.Where(c => c.Error is not null).Select(c => c.Error!).Prepend(FatalError).OfType<string>();

    /// <summary>
    /// The slowest executed C# cell after the first one (whose time is mostly the compiler warming up), or null when
    /// there is no second C# cell: the figure a class waiting on "run all" cares about.
    /// </summary>
    public CellRun? SlowestCell => Cells.Where(c => c.Language == CellLanguage.CSharp && c.Status is CellStatus.Ok or CellStatus.Failed)
        .Skip(1).MaxBy(c => c.Milliseconds);
}
