using SmeNotebooks.Localization;

namespace SmeNotebooks.Reconstruction;

/// <summary>
/// Finds categorical microdata consistent with a published logit: a table of case counts and event counts per
/// covariate pattern whose refit gives the published B and S.E. as closely as whole numbers of cases allow, with
/// the published group totals, number of events and classification table reproduced exactly.
/// <para>
/// Why it works: for given counts n_c the MLE depends on the outcomes only through T = Σ s_c·x̃_c. Each restart
/// (seeded) first anneals the design alone — S.E. at the published B, expected events, predicted positives — moving
/// one or two cases at a time between cells of the same group; then an iterated local search over all single and
/// double moves minimises the full error: T* = Σ n_c·μ_c(B_published) rounded to whole numbers (Σy fixed at the
/// published events) moves the estimate by δ ≈ I⁻¹(T − T*), and the score is the largest |δ| or S.E. error, with
/// a penalty when the predicted-positive cells do not hold the published number of cases. The phase-1 designs and
/// the best tables are polished on the integer lattice (<see cref="LatticePolish"/>: LLL reduction and enumeration
/// of every nearby table that meets the linearized conditions, each refitted exactly). Tables within the fit bar
/// (<see cref="SearchSettings.Tolerance"/>) count as fitting equally well, and the most plausible of them
/// (<see cref="Plausibility"/>) is taken; events are then placed in the cells to give exactly T and the published
/// true positives, as close to the expected n_c·μ_c as possible.
/// </para>
/// </summary>
public static class LogitReconstruction
{
    /// <summary>Runs the search; throws when no table meets the exact constraints.</summary>
    public static CellTable Search(PublishedLogit target, SearchSettings settings)
    {
        Validate(target);
        if (!(settings.Tolerance > 0)) throw new ArgumentException(Localized.Format(Strings.Error_FitBar, settings.Tolerance));
        int maxCount = (int)Math.Floor(settings.MaxCellShare * target.Cases);
        foreach (var group in target.Groups)
            if (group.Total < settings.MinCellCount * group.Cells.Count || group.Total > maxCount * group.Cells.Count)
                throw new ArgumentException(
                    Localized.Format(Strings.Error_GroupImpossible, group.Name, group.Total, group.Cells.Count, settings.MinCellCount, maxCount, settings.MaxCellShare));
        var model = new CellModel(target.Cells);
        var groupOf = new int[target.Cells.Count];
        for (int g = 0; g < target.Groups.Count; g++) foreach (var c in target.Groups[g].Cells) groupOf[c] = g;
        var random = new Random(settings.Seed);
        var pool = new SortedList<double, int[]>();
        var designs = new List<int[]>();   // phase-1 tables: standard errors right, rounding not yet

        for (int restart = 0; restart < settings.Restarts; restart++)
        {
            var counts = Start(target, groupOf, settings.MinCellCount, maxCount, random);
            // Phase 1: the design alone — S.E. at the published B, predicted positives, expected events.
            Anneal(counts, c => DesignScore(model, target, c), settings.Iterations / 4, 0.05, 1e-5, groupOf, settings.MinCellCount, maxCount, random);
            designs.Add((int[])counts.Clone());
            // Phase 2: the whole table — B and S.E. after rounding the sufficient statistics to whole numbers —
            // by iterated local search over every single and double move.
            Descend(counts, c => Score(model, target, c), settings.Iterations - settings.Iterations / 4, groupOf, settings.MinCellCount, maxCount, random, pool);
        }

        // Polish the phase-1 designs (standard errors right, rounding not yet) and the best tables on the integer
        // lattice; every valid table refitted on the way is a candidate too.
        var tables = new Dictionary<string, (int[] Counts, double Error)>();
        void Seen(int[] counts, double error) => tables.TryAdd(string.Join(",", counts), ((int[])counts.Clone(), error));
        foreach (var counts in pool.Values) Seen(counts, ExactError(model, target, counts));
        var best = tables.Values.OrderBy(t => t.Error).Take(5).Select(t => t.Counts).ToArray();
        foreach (var counts in designs.Concat(best))
            LatticePolish.Improve(model, target, counts, groupOf, settings.MinCellCount, maxCount, settings.Tolerance, Seen);

        // Tables within the bar fit equally well: the most plausible first; then the rest, closest fit first.
        var ordered = tables.OrderBy(t => (t.Value.Error, Plausibility.Of(t.Value.Counts)), new FitPreference(settings.Tolerance))
            .ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value.Counts);
        foreach (var counts in ordered)
        {
            Interruption.Check();
            var events = PlaceEvents(model, target, counts, random);
            if (events is not null) return new CellTable(target, counts, events);
        }
        throw new InvalidOperationException(
            Localized.Format(Strings.Error_NoTablePlacesEvents, tables.Count));
    }

    /// <summary>Simulated annealing over counts, one case moved between two cells of the same group per step.</summary>
    private static void Anneal(int[] counts, Func<int[], double> score, int iterations, double hot, double cold, int[] groupOf, int min, int max,
        Random random)
    {
        var moves = new int[4];
        int made = 0;
        Annealing.Minimize(random, score(counts), iterations, hot, Math.Pow(cold / hot, 1.0 / iterations),
            propose: () =>
            {
                // A single move, or (half the time) two at once: pairs whose effects nearly cancel fine-tune the table.
                int pairs = random.Next(2) + 1;
                made = 0;
                for (int m = 0; m < pairs; m++)
                {
                    int from = random.Next(counts.Length), to = random.Next(counts.Length);
                    if (from == to || groupOf[from] != groupOf[to] || counts[from] <= min || counts[to] >= max) continue;
                    counts[from]--; counts[to]++;
                    moves[2 * made] = from; moves[2 * made + 1] = to; made++;
                }
                return made == 0 ? null : score(counts);
            },
            undo: () =>
            {
                for (int m = made - 1; m >= 0; m--) { counts[moves[2 * m]]++; counts[moves[2 * m + 1]]--; }
            });
    }

    /// <summary>
    /// Iterated local search: apply the best of all single and double moves while it improves the score; at a local
    /// minimum, restart from the best table so far with a few random moves; stop after <paramref name="budget"/>
    /// score evaluations.
    /// </summary>
    private static void Descend(int[] counts, Func<int[], double> score, int budget, int[] groupOf, int min, int max, Random random,
        SortedList<double, int[]> pool)
    {
        var singles = new List<(int From, int To)>();
        for (int a = 0; a < counts.Length; a++)
            for (int b = 0; b < counts.Length; b++)
                if (a != b && groupOf[a] == groupOf[b]) singles.Add((a, b));
        bool Allowed(int[] c, int from, int to) => c[from] > min && c[to] < max;
        double current = score(counts);
        var best = (int[])counts.Clone();
        double bestScore = current;
        int evaluations = 0;
        while (evaluations < budget)
        {
            Interruption.Check();
            (int, int, int, int)? bestMove = null;
            double bestMoveScore = current;
            for (int i = 0; i < singles.Count && evaluations < budget; i++)
            {
                var (a, b) = singles[i];
                if (!Allowed(counts, a, b)) continue;
                counts[a]--; counts[b]++;
                double s1 = score(counts); evaluations++;
                if (s1 < bestMoveScore) { bestMoveScore = s1; bestMove = (a, b, -1, -1); }
                for (int j = i + 1; j < singles.Count; j++)
                {
                    var (c, d) = singles[j];
                    if (!Allowed(counts, c, d)) continue;
                    counts[c]--; counts[d]++;
                    double s2 = score(counts); evaluations++;
                    if (s2 < bestMoveScore) { bestMoveScore = s2; bestMove = (a, b, c, d); }
                    counts[c]++; counts[d]--;
                }
                counts[a]++; counts[b]--;
            }
            if (bestMove is var (ma, mb, mc, md))
            {
                counts[ma]--; counts[mb]++;
                if (mc >= 0) { counts[mc]--; counts[md]++; }
                current = bestMoveScore;
                Remember(pool, current, counts);
                if (current < bestScore) { bestScore = current; Array.Copy(counts, best, counts.Length); }
                continue;
            }
            Array.Copy(best, counts, counts.Length);
            for (int kick = 0; kick < 3; kick++)
            {
                var (a, b) = singles[random.Next(singles.Count)];
                if (Allowed(counts, a, b)) { counts[a]--; counts[b]++; }
            }
            current = score(counts); evaluations++;
        }
    }

    /// <summary>
    /// Phase-1 objective, the design alone: largest |S.E.(B*) − S.E.*| with the information at the published B*,
    /// plus the distance of the expected events Σ n_c μ_c(B*) from the published events and of the predicted
    /// positives from the published count.
    /// </summary>
    internal static double DesignScore(CellModel model, PublishedLogit target, ReadOnlySpan<int> counts)
    {
        int p = model.P;
        Span<double> beta = stackalloc double[p];
        Span<double> se = stackalloc double[p];
        Span<double> totals = stackalloc double[p];
        for (int j = 0; j < p; j++) beta[j] = target.Estimates[j];
        if (!model.StandardErrors(counts, beta, se, totals)) return 10;
        double error = 0;
        for (int j = 0; j < p; j++) error = Math.Max(error, Math.Abs(se[j] - target.StdErrors[j]));
        int predicted = model.PredictedPositives(counts, beta, target.Cutoff);
        return error + 0.01 * Math.Abs(totals[p - 1] - target.Events) + 0.01 * Math.Abs(predicted - target.PredictedPositives);
    }

    /// <summary>
    /// The search objective: the largest |B − B*| or |S.E. − S.E.*| with the best whole-number sufficient statistics
    /// near T* (B from one Newton step from B*, exact to second order; S.E. at B*), plus 0.05 per case by which the
    /// predicted positives miss the published count. Finalists are judged by an exact refit.
    /// </summary>
    internal static double Score(CellModel model, PublishedLogit target, ReadOnlySpan<int> counts)
    {
        int p = model.P;
        Span<double> beta = stackalloc double[p];
        Span<double> totals = stackalloc double[p];
        Span<double> delta = stackalloc double[p];
        Span<double> se = stackalloc double[p];
        for (int j = 0; j < p; j++) beta[j] = target.Estimates[j];
        int predicted = model.Linearized(counts, beta, target.Events, CutoffLogOdds(target), totals, delta, se);
        if (predicted < 0) return 10;
        double error = 0;
        for (int j = 0; j < p; j++) error = Math.Max(error, Math.Max(Math.Abs(delta[j]), Math.Abs(se[j] - target.StdErrors[j])));
        return error + 0.05 * Math.Abs(predicted - target.PredictedPositives);
    }

    /// <summary>The whole-number sufficient statistics the search pairs with <paramref name="counts"/> (see <see cref="CellModel.Linearized"/>).</summary>
    internal static double[] BestTotals(CellModel model, PublishedLogit target, int[] counts)
    {
        int p = model.P;
        var totals = new double[p];
        Span<double> delta = stackalloc double[p];
        Span<double> se = stackalloc double[p];
        model.Linearized(counts, target.Estimates.ToArray(), target.Events, CutoffLogOdds(target), totals, delta, se);
        return totals;
    }

    private static double CutoffLogOdds(PublishedLogit target) => Math.Log(target.Cutoff / (1 - target.Cutoff));

    /// <summary>
    /// The exact fit of a table: the sufficient statistics from <see cref="BestTotals"/>, and β̂ with its S.E. by Newton
    /// from the published B; null when the information is singular or the iteration diverges.
    /// </summary>
    internal static (double[] Totals, double[] Beta, double[] StdErrors)? ExactFit(CellModel model, PublishedLogit target, int[] counts)
    {
        var totals = BestTotals(model, target, counts);
        var beta = target.Estimates.ToArray();
        var se = new double[model.P];
        return model.Solve(counts, totals, beta, se) ? (totals, beta, se) : null;
    }

    /// <summary>The largest |B − B*| or |S.E. − S.E.*| of a fit.</summary>
    internal static double MaxError(PublishedLogit target, double[] beta, double[] stdErrors) =>
        Enumerable.Range(0, beta.Length).Max(j => Math.Max(Math.Abs(beta[j] - target.Estimates[j]), Math.Abs(stdErrors[j] - target.StdErrors[j])));

    /// <summary>
    /// The largest |B − B*| or |S.E. − S.E.*| of the exact fit; ∞ when the fit fails or its classification does not
    /// give the published predicted positives (such a table cannot reproduce the classification table).
    /// </summary>
    internal static double ExactError(CellModel model, PublishedLogit target, int[] counts)
    {
        if (ExactFit(model, target, counts) is not var (_, beta, se)) return double.PositiveInfinity;
        if (model.PredictedPositives(counts, beta, target.Cutoff) != target.PredictedPositives) return double.PositiveInfinity;
        return MaxError(target, beta, se);
    }

    private static void Remember(SortedList<double, int[]> pool, double score, int[] counts)
    {
        if (pool.Count >= 50 && score >= pool.Keys[^1]) return;
        if (pool.ContainsKey(score)) return;
        pool.Add(score, (int[])counts.Clone());
        if (pool.Count > 50) pool.RemoveAt(pool.Count - 1);
    }

    private static int[] Start(PublishedLogit target, int[] groupOf, int min, int max, Random random)
    {
        var counts = new int[target.Cells.Count];
        foreach (var group in target.Groups)
        {
            foreach (var c in group.Cells) counts[c] = min;
            int left = group.Total - min * group.Cells.Count;
            while (left > 0)
            {
                int c = group.Cells[random.Next(group.Cells.Count)];
                if (counts[c] < max) { counts[c]++; left--; }
            }
        }
        return counts;
    }

    /// <summary>
    /// Places events in the cells (0 ≤ s_c ≤ n_c) so that Σ s_c·x̃_c equals <see cref="BestTotals"/> and the
    /// predicted-positive cells hold the published true positives; among solutions, stays close to n_c·μ_c.
    /// Returns null when the local search finds none.
    /// </summary>
    private static int[]? PlaceEvents(CellModel model, PublishedLogit target, int[] counts, Random random)
    {
        int p = model.P, cells = counts.Length;
        if (ExactFit(model, target, counts) is not var (totals, beta, _)) return null;
        var positive = Enumerable.Range(0, cells).Select(c => model.Probability(c, beta) > target.Cutoff).ToArray();
        if (Enumerable.Range(0, cells).Where(c => positive[c]).Sum(c => counts[c]) != target.PredictedPositives) return null;
        var expected = Enumerable.Range(0, cells).Select(c => counts[c] * model.Probability(c, beta)).ToArray();
        var events = expected.Select((e, c) => Math.Clamp((int)Math.Round(e), 0, counts[c])).ToArray();

        double Violation(int[] s)
        {
            double v = 0;
            for (int j = 0; j < p; j++)
            {
                double sum = 0;
                for (int c = 0; c < cells; c++) sum += s[c] * model.Value(c, j);
                v += Math.Abs(sum - totals[j]);
            }
            int tp = 0;
            for (int c = 0; c < cells; c++) if (positive[c]) tp += s[c];
            return v + Math.Abs(tp - target.TruePositives);
        }
        double Plausibility(int[] s) => Enumerable.Range(0, cells).Sum(c => (s[c] - expected[c]) * (s[c] - expected[c]) / Math.Max(counts[c], 1));
        double Cost(int[] s) => 1000 * Violation(s) + Plausibility(s);

        int a = 0, b = 0, delta = 0;
        bool pair = false;
        Annealing.Minimize(random, Cost(events), 200_000, 1.0, 0.99995,
            propose: () =>
            {
                (a, b) = (random.Next(cells), random.Next(cells));
                delta = random.Next(2) == 0 ? 1 : -1;
                pair = a != b && random.Next(2) == 0;   // a pair move shifts an event from one cell to another
                events[a] += delta;
                if (pair) events[b] -= delta;
                bool inRange = events[a] >= 0 && events[a] <= counts[a] && (!pair || (events[b] >= 0 && events[b] <= counts[b]));
                return inRange ? Cost(events) : double.PositiveInfinity;
            },
            undo: () =>
            {
                events[a] -= delta;
                if (pair) events[b] += delta;
            });
        return Violation(events) == 0 ? events : null;
    }

    private static void Validate(PublishedLogit target)
    {
        int p = target.Predictors.Count + 1;
        if (target.Estimates.Count != p || target.StdErrors.Count != p)
            throw new ArgumentException(Localized.Format(Strings.Error_TargetEstimates, p));
        if (target.Cells.Any(c => c.Length != target.Predictors.Count))
            throw new ArgumentException(Localized.Format(Strings.Error_CellValues, target.Predictors.Count));
        var seen = target.Groups.SelectMany(g => g.Cells).ToArray();
        if (seen.Length != target.Cells.Count || seen.Distinct().Count() != seen.Length || seen.Any(c => c < 0 || c >= target.Cells.Count))
            throw new ArgumentException(Strings.Error_GroupsPartition);
        if (target.Groups.Sum(g => g.Total) != target.Cases)
            throw new ArgumentException(Localized.Format(Strings.Error_GroupTotals, target.Groups.Sum(g => g.Total), target.Cases));
    }
}
