namespace SmeNotebooks.Reconstruction;

/// <summary>
/// How plausible a table of counts looks as survey data, for choosing among tables that fit the published model
/// equally well: fewer empty cells first, then a smaller largest cell (no cell holding a large share of the sample).
/// Where events sit is not part of it: they are placed afterwards as close as the exact totals allow to n_c·μ_c.
/// </summary>
/// <param name="EmptyCells">Cells holding no case.</param>
/// <param name="LargestCell">Cases in the largest cell.</param>
public readonly record struct Plausibility(int EmptyCells, int LargestCell) : IComparable<Plausibility>
{
    /// <summary>The plausibility of a table of counts.</summary>
    public static Plausibility Of(IReadOnlyList<int> counts) => new(counts.Count(n => n == 0), counts.Max());

    /// <summary>"1 empty cell, largest cell 25 cases".</summary>
    public override string ToString() => $"{EmptyCells} empty cell{(EmptyCells == 1 ? "" : "s")}, largest cell {LargestCell} cases";

    /// <summary>Orders the more plausible first: fewer empty cells, then a smaller largest cell.</summary>
    public int CompareTo(Plausibility other) =>
        EmptyCells != other.EmptyCells ? EmptyCells.CompareTo(other.EmptyCells) : LargestCell.CompareTo(other.LargestCell);
}
