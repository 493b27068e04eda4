namespace SmeNotebooks.Numerics;

/// <summary>
/// Dense primal simplex for small linear programs whose origin is feasible: maximize cᵀx subject to Ax ≤ b,
/// x ≥ 0, with b ≥ 0 (Chvátal, Linear Programming, 1983, ch. 2-3). The tableau is kept in Tucker's condensed
/// form (basic variables = b − T·nonbasic), so it is m × q rather than m × (q + m). Bland's rule (smallest index
/// enters and, among tied ratios, leaves) guarantees termination on the degenerate programs that separation
/// checks produce, where every right-hand side but the bounds is 0. Hand-written: MathNet.Numerics has no linear
/// programming.
/// </summary>
internal static class Simplex
{
    /// <summary>
    /// Solves the program and returns the optimal x (length q) and objective value. Throws
    /// <see cref="InvalidOperationException"/> when the program is unbounded (it cannot be when every variable has an
    /// upper-bound row).
    /// </summary>
    /// <param name="c">Objective coefficients, length q.</param>
    /// <param name="a">Constraint matrix, m rows of length q.</param>
    /// <param name="b">Right-hand sides, length m, all ≥ 0.</param>
    /// <param name="epsilon">Reduced costs and pivots with absolute value below this count as 0.</param>
    public static (double[] X, double Value) Maximize(double[] c, double[][] a, double[] b, double epsilon = 1e-11)
    {
        int m = a.Length, q = c.Length;
        var t = new double[m, q];
        var rhs = (double[])b.Clone();
        var reduced = (double[])c.Clone();
        double value = 0;
        for (int i = 0; i < m; i++)
        {
            if (!(b[i] >= 0)) throw new ArgumentException($"Right-hand side {i} is {b[i]}; the origin must be feasible (b ≥ 0).", nameof(b));
            for (int j = 0; j < q; j++) t[i, j] = a[i][j];
        }
        // Variable numbering for Bland's rule: structural 0..q−1, slack of row i is q + i.
        var nonbasic = Enumerable.Range(0, q).ToArray();
        var basic = Enumerable.Range(q, m).ToArray();
        while (true)
        {
            int enter = -1;
            for (int j = 0; j < q; j++)
                if (reduced[j] > epsilon && (enter < 0 || nonbasic[j] < nonbasic[enter])) enter = j;
            if (enter < 0) break;
            int leave = -1;
            double best = double.PositiveInfinity;
            for (int i = 0; i < m; i++)
            {
                if (t[i, enter] <= epsilon) continue;
                double ratio = rhs[i] / t[i, enter];
                if (ratio < best || (ratio == best && basic[i] < basic[leave])) { best = ratio; leave = i; }
            }
            if (leave < 0) throw new InvalidOperationException("The linear program is unbounded.");
            Pivot(t, rhs, reduced, ref value, leave, enter);
            (basic[leave], nonbasic[enter]) = (nonbasic[enter], basic[leave]);
        }
        var x = new double[q];
        for (int i = 0; i < m; i++) if (basic[i] < q) x[basic[i]] = rhs[i];
        return (x, value);
    }

    /// <summary>Exchanges the basic variable of row <paramref name="r"/> with the nonbasic one of column <paramref name="s"/>.</summary>
    private static void Pivot(double[,] t, double[] rhs, double[] reduced, ref double value, int r, int s)
    {
        int m = rhs.Length, q = reduced.Length;
        double pivot = t[r, s];
        rhs[r] /= pivot;
        for (int k = 0; k < q; k++) if (k != s) t[r, k] /= pivot;
        t[r, s] = 1.0 / pivot;
        for (int i = 0; i < m; i++)
        {
            if (i == r) continue;
            double factor = t[i, s];
            if (factor == 0) continue;
            rhs[i] -= factor * rhs[r];
            for (int k = 0; k < q; k++) if (k != s) t[i, k] -= factor * t[r, k];
            t[i, s] = -factor / pivot;
        }
        double d = reduced[s];
        value += d * rhs[r];
        for (int k = 0; k < q; k++) if (k != s) reduced[k] -= d * t[r, k];
        reduced[s] = -d / pivot;
    }
}
