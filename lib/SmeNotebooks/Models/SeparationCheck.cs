using SmeNotebooks.Numerics;

namespace SmeNotebooks.Models;

/// <summary>
/// Decides by linear programming whether a binary outcome is separated by the design (Konis, Linear programming
/// algorithms for detecting separated data in binary logistic regression models, DPhil thesis, Oxford, 2007; the
/// method of R's safeBinaryRegression and detectseparation). With sᵢ = 2yᵢ − 1 and aᵢ = sᵢxᵢ, the maximum-likelihood
/// estimate is finite exactly when β = 0 is the only direction with aᵢᵀβ ≥ 0 for every case, so the program
/// max Σᵢ aᵢᵀβ subject to aᵢᵀβ ≥ 0, −1 ≤ βⱼ ≤ 1 has optimum 0. A positive optimum is a direction along which the
/// likelihood rises for ever. The predictors named are a minimal set that separates by itself. Separation is complete when
/// some β makes every aᵢᵀβ &gt; 0 (max t subject to aᵢᵀβ ≥ t), and quasi-complete otherwise (Albert and Anderson, 1984).
/// Columns are scaled to a largest absolute value of 1 first, so the box bounds treat every predictor alike.
/// </summary>
internal static class SeparationCheck
{
    /// <summary>Optimum below this (on scaled columns) counts as 0: no separation.</summary>
    private const double ZeroObjective = 1e-8;

    /// <summary>
    /// Returns null when the outcome is not separated, or a minimal set of separating predictors (the constant is
    /// never named: alone it cannot separate two outcomes) and whether the separation is complete.
    /// </summary>
    /// <param name="columns">The design, one array per column (the constant, if any, included as a column of 1s).</param>
    /// <param name="names">Column names; <see cref="ModelTerms.Constant"/> marks the constant.</param>
    /// <param name="y">The 0/1 outcome.</param>
    public static (IReadOnlyList<string> Predictors, bool Complete)? Find(IReadOnlyList<double[]> columns, IReadOnlyList<string> names, double[] y)
    {
        var signed = Signed(columns, y);
        var direction = Direction(signed, Enumerable.Range(0, columns.Count).ToArray());
        if (direction is null) return null;
        // In complete separation every coefficient can join the separating direction; name a minimal set that still
        // separates on its own: drop predictors one at a time, least involved first, while the rest still separate.
        var kept = Enumerable.Range(0, columns.Count).ToList();
        foreach (int j in Enumerable.Range(0, columns.Count).Where(j => names[j] != ModelTerms.Constant).OrderBy(j => Math.Abs(direction[j])).ToArray())
        {
            var without = kept.Where(c => c != j).ToArray();
            if (without.Any(c => names[c] != ModelTerms.Constant) && Direction(signed, without) is not null) kept.Remove(j);
        }
        return (kept.Where(j => names[j] != ModelTerms.Constant).Select(j => names[j]).ToList(), IsComplete(signed, columns.Count));
    }

    /// <summary>aᵢ = sᵢxᵢ with every column scaled to a largest absolute value of 1.</summary>
    private static double[][] Signed(IReadOnlyList<double[]> columns, double[] y)
    {
        int p = columns.Count, n = y.Length;
        var scale = columns.Select(col => col.Max(Math.Abs) is var max && max > 0 ? max : 1.0).ToArray();
        var signed = new double[n][];
        for (int i = 0; i < n; i++)
        {
            double s = y[i] == 1 ? 1 : -1;
            signed[i] = new double[p];
            for (int j = 0; j < p; j++) signed[i][j] = s * columns[j][i] / scale[j];
        }
        return signed;
    }

    /// <summary>
    /// Solves max Σᵢ aᵢᵀβ subject to aᵢᵀβ ≥ 0, −1 ≤ βⱼ ≤ 1 over the columns <paramref name="use"/> only; returns the
    /// optimal β (full length, zeros elsewhere) when the optimum is positive, or null.
    /// </summary>
    private static double[]? Direction(double[][] signed, int[] use)
    {
        int p = use.Length;
        var objective = new double[2 * p];
        for (int j = 0; j < p; j++)
        {
            double c = 0;
            foreach (var a in signed) c += a[use[j]];
            objective[j] = c;
            objective[p + j] = -c;
        }
        var (x, value) = MaximizeInUnitBox(signed.Select(a => use.Select(j => a[j]).ToArray()).ToArray(), objective, extra: null);
        if (value <= ZeroObjective) return null;
        var direction = new double[signed[0].Length];
        for (int j = 0; j < p; j++) direction[use[j]] = x[j] - x[p + j];
        return direction;
    }

    /// <summary>max t subject to aᵢᵀβ ≥ t, −1 ≤ βⱼ ≤ 1, 0 ≤ t ≤ 1: positive exactly when some β separates every case strictly.</summary>
    private static bool IsComplete(double[][] signed, int p)
    {
        var objective = new double[2 * p + 1];
        objective[^1] = 1;
        return MaximizeInUnitBox(signed, objective, extra: 1.0).Value > ZeroObjective;
    }

    /// <summary>
    /// max cᵀ(u, v[, t]) over β = u − v with 0 ≤ u, v ≤ 1: one row −aᵢᵀ(u − v) [+ t] ≤ 0 per case, then a bound of 1 on
    /// every variable. <paramref name="extra"/>, when given, is the coefficient of a last variable t in each case row.
    /// </summary>
    private static (double[] X, double Value) MaximizeInUnitBox(double[][] cases, double[] objective, double? extra)
    {
        int n = cases.Length, q = objective.Length;
        var rows = new double[n + q][];
        var rhs = new double[n + q];
        for (int i = 0; i < n; i++)
            rows[i] = extra is double t ? [.. cases[i].Select(v => -v), .. cases[i], t] : [.. cases[i].Select(v => -v), .. cases[i]];
        for (int j = 0; j < q; j++)
        {
            rows[n + j] = new double[q];
            rows[n + j][j] = 1;
            rhs[n + j] = 1;
        }
        return Simplex.Maximize(objective, rows, rhs);
    }
}
