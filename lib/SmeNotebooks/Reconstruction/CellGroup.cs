namespace SmeNotebooks.Reconstruction;

/// <summary>A set of cells whose case counts must add up to <paramref name="Total"/> (e.g. the 55 IT firms).</summary>
/// <param name="Name">What the group is, for messages.</param>
/// <param name="Cells">Indexes of the cells in the group.</param>
/// <param name="Total">The required number of cases.</param>
public sealed record CellGroup(string Name, IReadOnlyList<int> Cells, int Total);
