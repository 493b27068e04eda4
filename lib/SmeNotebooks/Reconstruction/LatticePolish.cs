using SmeNotebooks.Models;
using SmeNotebooks.Numerics;

namespace SmeNotebooks.Reconstruction;

/// <summary>
/// Polishes a reconstructed table by solving the linearized problem on the integer lattice. Around a table n₀, a
/// change d of the counts (whole numbers) moves
/// <list type="bullet">
/// <item>the expected sufficient statistics exactly linearly, T*(n₀ + d) = T*(n₀) + Σ_c d_c μ_c(B*) x̃_c, so the
/// estimate's error is δ ≈ I⁻¹(T − T*(n₀ + d)) with T whole numbers (the constant's entry fixed at the events);</item>
/// <item>each standard error by ∂S.E._j/∂n_c = −w_c (I⁻¹x̃_c)²_j / (2 S.E._j), w_c = μ_c(1 − μ_c) (the derivative
/// of a diagonal element of an inverse, ∂I⁻¹ = −I⁻¹ ∂I I⁻¹);</item>
/// <item>the group totals and the predicted positives by sums of d over their cells, which must not change.</item>
/// </list>
/// Each condition divided by its tolerance, and each d_c weighted by <see cref="Weight"/>/√(n_c + 1) (small cells
/// change least, and the linearization stays accurate), is a coordinate of a lattice whose unknowns are d and the
/// whole-number T. LLL reduction (<see cref="Lll"/>) and enumeration of the lattice points near the target
/// (<see cref="LatticeEnumeration"/>) list every d meeting the linearized conditions within <see cref="RadiusSquared"/>,
/// and each is refitted exactly. The best table becomes the next centre until a round brings no improvement.
/// Deterministic: no randomness.
/// </summary>
internal static class LatticePolish
{
    /// <summary>Weight of a one-case change in a cell holding n cases is Weight/√(n + 1), against 1 for a tolerance-sized error.</summary>
    private const double Weight = 0.4;

    /// <summary>Squared radius of the enumeration: the sum of squared scaled errors and weighted changes allowed.</summary>
    private const double RadiusSquared = 12;

    /// <summary>At most this many lattice points are refitted per round.</summary>
    private const int Limit = 300_000;

    /// <summary>At most this many rounds (re-centrings).</summary>
    private const int Rounds = 8;

    /// <summary>
    /// Polishes from <paramref name="start"/>: every valid table refitted on the way is reported to
    /// <paramref name="seen"/> with its exact error (<see cref="LogitReconstruction.ExactError"/>).
    /// </summary>
    public static void Improve(CellModel model, PublishedLogit target, int[] start, int[] groupOf, int min, int max,
        double tolerance, Action<int[], double> seen)
    {
        (int[] Counts, double Error) best = ((int[])start.Clone(), LogitReconstruction.ExactError(model, target, start));
        if (double.IsFinite(best.Error)) seen(best.Counts, best.Error);
        for (int round = 0; round < Rounds; round++)
        {
            Interruption.Check();
            var next = Round(model, target, best, groupOf, min, max, tolerance, seen);
            if (next.Error >= best.Error) break;
            best = next;
        }
    }

    /// <summary>One round around <paramref name="centre"/> (its counts and exact error): the best table it finds.</summary>
    private static (int[] Counts, double Error) Round(CellModel model, PublishedLogit target, (int[] Counts, double Error) centre, int[] groupOf,
        int min, int max, double tolerance, Action<int[], double> seen)
    {
        var n0 = centre.Counts;
        int p = model.P, cells = n0.Length, groups = target.Groups.Count;
        var beta = target.Estimates.ToArray();
        var mu = Enumerable.Range(0, cells).Select(c => model.Probability(c, beta)).ToArray();
        var info = new double[p * p];
        var expected = new double[p];
        model.Information(n0, beta, info, expected);
        var inverse = new double[p * p];
        var se = new double[p];
        if (!GroupedLogit.Covariance(info, p, inverse, se)) return centre;
        var rounded = Enumerable.Range(0, p).Select(j => j == p - 1 ? target.Events : Math.Round(expected[j])).ToArray();
        var positive = Enumerable.Range(0, cells).Select(c => mu[c] > target.Cutoff).ToArray();
        int positives = Enumerable.Range(0, cells).Where(c => positive[c]).Sum(c => n0[c]);

        // Coordinates: group totals and predicted positives (exact: a heavy weight), δ (p), S.E. (p), d (cells).
        // Unknowns: d (cells), then the free whole-number totals T_j − T₀_j (p − 1; the constant's is the events).
        const double exact = 1e4;
        int rows = groups + 1 + 2 * p + cells, unknowns = cells + p - 1;
        int deltaRow = groups + 1, seRow = groups + 1 + p, changeRow = groups + 1 + 2 * p;
        var basis = new double[unknowns][];
        for (int u = 0; u < unknowns; u++) basis[u] = new double[rows];
        for (int c = 0; c < cells; c++)
        {
            var row = basis[c];
            row[groupOf[c]] = exact;
            if (positive[c]) row[groups] = exact;
            var ix = new double[p];
            for (int a = 0; a < p; a++) for (int b = 0; b < p; b++) ix[a] += inverse[a * p + b] * model.Value(c, b);
            for (int a = 0; a < p; a++)
            {
                row[deltaRow + a] = -mu[c] * ix[a] / tolerance;
                row[seRow + a] = -mu[c] * (1 - mu[c]) * ix[a] * ix[a] / (2 * se[a]) / tolerance;
            }
            row[changeRow + c] = Weight / Math.Sqrt(n0[c] + 1);
        }
        for (int j = 0; j < p - 1; j++)
            for (int a = 0; a < p; a++) basis[cells + j][deltaRow + a] = inverse[a * p + j] / tolerance;
        // The coordinates at d = 0 are (0, positives − published, I⁻¹(T₀ − T*), S.E. − S.E.*, 0); aim at their negative.
        var aim = new double[rows];
        aim[groups] = -(positives - target.PredictedPositives) * exact;
        for (int a = 0; a < p; a++)
        {
            double delta = 0;
            for (int b = 0; b < p; b++) delta += inverse[a * p + b] * (rounded[b] - expected[b]);
            aim[deltaRow + a] = -delta / tolerance;
            aim[seRow + a] = -(se[a] - target.StdErrors[a]) / tolerance;
        }

        var transform = new double[unknowns][];
        for (int u = 0; u < unknowns; u++) { transform[u] = new double[unknowns]; transform[u][u] = 1; }
        Lll.Reduce(basis, transform);

        var best = centre;
        var counts = new int[cells];
        LatticeEnumeration.Near(basis, aim, RadiusSquared, Limit, (z, _) =>
        {
            for (int c = 0; c < cells; c++)
            {
                double d = 0;
                for (int u = 0; u < unknowns; u++) d += z[u] * transform[u][c];
                counts[c] = n0[c] + (int)Math.Round(d);
                if (counts[c] < min || counts[c] > max) return;
            }
            double error = LogitReconstruction.ExactError(model, target, counts);
            if (double.IsFinite(error)) seen(counts, error);
            if (error < best.Error) best = ((int[])counts.Clone(), error);
        });
        return best;
    }
}
