using SmeNotebooks.Engine.Execution;

namespace SmeNotebooks.Browser;

/// <summary>What a cell run in the browser gives the page: its outputs in order, and its failure or null.</summary>
/// <param name="Outputs">Each output: its kind (lower case, as the rendered page's CSS class), text, HTML and Plotly figure.</param>
/// <param name="Error">Why the cell failed, null when it succeeded.</param>
/// <param name="Milliseconds">Compile and run time inside the engine.</param>
public sealed record CellResult(IReadOnlyList<CellResult.Output> Outputs, CellResult.Failure? Error, double Milliseconds)
{
    /// <summary>One output, as the page shows it.</summary>
    public sealed record Output(string Kind, string Text, string? Html, string? Plotly);

    /// <summary>A failed cell: the kernel's name and message, the line inside the cell, and the traceback.</summary>
    public sealed record Failure(string Name, string Message, int? Line, IReadOnlyList<string> Traceback);

    /// <summary>The result of a cell from its outputs and what <see cref="NotebookSession.Execute"/> returned.</summary>
    public static CellResult Of(IReadOnlyList<CellOutput> outputs, Exception? failure, int number, double milliseconds)
    {
        var described = failure is null ? null : CellFailure.Of(failure, number);
        return new CellResult(
            [.. outputs.Select(o => new Output(o.Kind.ToString().ToLowerInvariant(), o.Text, o.Html, o.PlotlyFigure))],
            described is null ? null : new Failure(described.Name, described.Message, described.Line, described.Traceback),
            milliseconds);
    }
}
