namespace SmeNotebooks.Reconstruction;

/// <summary>Settings of the reconstruction search (simulated annealing over cell counts).</summary>
/// <param name="Seed">Random seed: the same seed gives the same table.</param>
/// <param name="Iterations">Proposed moves per restart.</param>
/// <param name="Restarts">Independent restarts (each from its own seeded start); the best table wins.</param>
/// <param name="MinCellCount">Smallest admissible count in a cell (1 = no empty cells).</param>
/// <param name="MaxCellShare">Largest share of all cases one cell may hold (a fifth = 0.2).</param>
public sealed record SearchSettings(int Seed = 20261123, int Iterations = 1_000_000, int Restarts = 6, int MinCellCount = 1, double MaxCellShare = 0.2);
