namespace SmeNotebooks.Reconstruction;

/// <summary>
/// Polishes a reconstructed table by meet-in-the-middle over small sets of case moves. The expected sufficient
/// statistics T* = Σ n_c μ_c(B*) x̃_c are exactly linear in the counts, so every set of moves shifts T* by the sum
/// of its moves' shifts. All sets of up to two moves (each: one case from a cell to another of the same group) are
/// bucketed by where they put T* modulo 1 (and, for the constant's entry, relative to the published events); for
/// each set, the buckets that would complete T* to a whole-number vector give the candidate partners, and only
/// those combinations (up to four moves) are refitted exactly. Deterministic: no randomness. Written for three
/// predictors and a constant (three whole-number totals to match modulo 1, and the events).
/// </summary>
internal static class MoveSetPolish
{
    private const double Bin = 0.04;

    /// <summary>One set of moves: the count changes (cell, change) and its shift of T*.</summary>
    private sealed record MoveSet((int Cell, int Change)[] Changes, double[] Shift);

    /// <summary>The best table (by exact error, with the published predicted positives) within four moves of <paramref name="start"/>.</summary>
    public static (int[] Counts, double Error) Improve(CellModel model, PublishedLogit target, int[] start, int[] groupOf, int min, int max)
    {
        int p = model.P;
        var beta = target.Estimates.ToArray();
        var shiftPerCase = Enumerable.Range(0, start.Length)
            .Select(c => Enumerable.Range(0, p).Select(j => model.Probability(c, beta) * model.Value(c, j)).ToArray()).ToArray();
        var baseline = new double[p];
        model.Expected(start, beta, baseline);

        var singles = new List<MoveSet> { new([], new double[p]) };
        for (int a = 0; a < start.Length; a++)
            for (int b = 0; b < start.Length; b++)
                if (a != b && groupOf[a] == groupOf[b])
                    singles.Add(new([(a, -1), (b, 1)], Enumerable.Range(0, p).Select(j => shiftPerCase[b][j] - shiftPerCase[a][j]).ToArray()));
        var sets = new List<MoveSet>();
        for (int i = 0; i < singles.Count; i++)
            for (int k = i; k < singles.Count; k++)
                sets.Add(new([.. singles[i].Changes, .. singles[k].Changes], Enumerable.Range(0, p).Select(j => singles[i].Shift[j] + singles[k].Shift[j]).ToArray()));

        var buckets = new Dictionary<(int, int, int, int), List<int>>();
        for (int s = 0; s < sets.Count; s++)
        {
            var key = Key(sets[s].Shift, p);
            if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
            list.Add(s);
        }

        var best = ((int[])start.Clone(), Evaluate(model, target, start));
        var counts = new int[start.Length];
        var wanted = new double[p];
        foreach (var first in sets)
        {
            // A partner must shift T* to whole numbers: wanted ≡ −(T*₀ + first) mod 1, and to the events on the constant.
            for (int j = 0; j < p - 1; j++) wanted[j] = -(baseline[j] + first.Shift[j]);
            wanted[p - 1] = target.Events - baseline[p - 1] - first.Shift[p - 1];
            var centre = Key(wanted, p);
            for (int d0 = -1; d0 <= 1; d0++)
                for (int d1 = -1; d1 <= 1; d1++)
                    for (int d2 = -1; d2 <= 1; d2++)
                        for (int d3 = -1; d3 <= 1; d3++)
                        {
                            var key = (Wrap(centre.Item1 + d0), Wrap(centre.Item2 + d1), Wrap(centre.Item3 + d2), centre.Item4 + d3);
                            if (!buckets.TryGetValue(key, out var partners)) continue;
                            foreach (var s in partners)
                            {
                                Array.Copy(start, counts, start.Length);
                                bool valid = true;
                                foreach (var (cell, change) in first.Changes.Concat(sets[s].Changes)) counts[cell] += change;
                                foreach (var n in counts) if (n < min || n > max) { valid = false; break; }
                                if (!valid) continue;
                                double error = Evaluate(model, target, counts);
                                if (error < best.Item2) best = ((int[])counts.Clone(), error);
                            }
                        }
        }
        return best;
    }

    /// <summary>Exact error of a table, or ∞ when its classification does not give the published predicted positives.</summary>
    private static double Evaluate(CellModel model, PublishedLogit target, int[] counts)
    {
        if (LogitReconstruction.ExactFit(model, target, counts) is not var (_, beta, se)) return double.PositiveInfinity;
        if (model.PredictedPositives(counts, beta, target.Cutoff) != target.PredictedPositives) return double.PositiveInfinity;
        return LogitReconstruction.MaxError(target, beta, se);
    }

    private static (int, int, int, int) Key(double[] shift, int p) =>
        (Wrap(Floor(shift[0])), Wrap(Floor(shift[1])), Wrap(Floor(shift[2])), (int)Math.Floor(shift[p - 1] / Bin));

    private static int Floor(double value) => (int)Math.Floor((value - Math.Floor(value)) / Bin);

    private static int Wrap(int bin) { int bins = (int)Math.Round(1 / Bin); return ((bin % bins) + bins) % bins; }
}
