namespace SmeNotebooks.Reconstruction;

/// <summary>Settings of the reconstruction search (<see cref="LogitReconstruction"/>).</summary>
/// <param name="Seed">Random seed: the same seed gives the same table.</param>
/// <param name="Iterations">Proposed moves per restart.</param>
/// <param name="Restarts">Independent restarts (each from its own seeded start); the best table wins.</param>
/// <param name="MinCellCount">Smallest admissible count in a cell (1 = no empty cells), a hard bound.</param>
/// <param name="MaxCellShare">Largest share of all cases one cell may hold (a fifth = 0.2), a hard bound.</param>
/// <param name="Tolerance">
/// The fit bar on the largest |B − B*| or |S.E. − S.E.*|: tables within it count as fitting equally well, and the
/// most plausible of them (<see cref="Plausibility"/>) is chosen; when none is within it, the closest fit is. It is
/// also the scale of the conditions in the lattice polish. Must be positive.
/// </param>
public sealed record SearchSettings(int Seed = 20261123, int Iterations = 1_000_000, int Restarts = 6, int MinCellCount = 1, double MaxCellShare = 0.2,
    double Tolerance = 0.0025);
