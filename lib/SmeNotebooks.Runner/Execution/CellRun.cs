using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Runner.Dib;

namespace SmeNotebooks.Runner.Execution;

/// <summary>A cell and what executing it gave.</summary>
/// <param name="Number">1-based cell number, counting every cell of the file.</param>
/// <param name="Kernel">The kernel name as the .dib file writes it.</param>
/// <param name="Language">What the runner makes of that kernel name.</param>
/// <param name="Source">The cell text (without the kernel line).</param>
/// <param name="Status">Outcome.</param>
/// <param name="Outputs">Outputs in order.</param>
/// <param name="Error">For a failed cell, "notebook, cell N, line L: message" (like Jupyter's CellExecutionError).</param>
/// <param name="Milliseconds">Wall time.</param>
public sealed record CellRun(int Number, string Kernel, CellLanguage Language, string Source, CellStatus Status, IReadOnlyList<CellOutput> Outputs, string? Error, double Milliseconds)
{
    /// <summary>True for a model solution cell (<see cref="SolutionCells"/>).</summary>
    public bool IsSolution => SolutionCells.IsSolution(Language, Source);
}
