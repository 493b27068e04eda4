namespace SmeNotebooks.Reconstruction;

/// <summary>
/// The logistic model on grouped (cell) data, for the search: for counts n_c the maximum-likelihood estimate
/// depends on the outcomes only through the sufficient statistics T = Σ_c s_c·x̃_c (x̃ = predictors and a 1), and
/// solves Σ_c n_c·μ_c(β)·x̃_c = T (McCullagh and Nelder, GLM, §4.4). Cells × parameters is small, so everything
/// is a handful of exponentials.
/// </summary>
internal sealed class CellModel
{
    private readonly double[][] _cells;   // cells × (p − 1): the predictors; the constant is the last parameter
    public int P { get; }

    public CellModel(IReadOnlyList<double[]> cells)
    {
        P = cells[0].Length + 1;
        _cells = cells.Select(c => c.ToArray()).ToArray();
    }

    public int CellCount => _cells.Length;

    public double Probability(int cell, ReadOnlySpan<double> beta) => Models.LogisticFunction.Of(Models.GroupedLogit.LogOdds(_cells[cell], beta));

    /// <summary>Expected sufficient statistics Σ n_c μ_c(β) x̃_c.</summary>
    public void Expected(ReadOnlySpan<int> counts, ReadOnlySpan<double> beta, Span<double> totals)
    {
        Span<double> info = stackalloc double[P * P];
        Information(counts, beta, info, totals);
    }

    /// <summary>x̃_cj: predictor j of the cell, 1 for the constant (j = P − 1).</summary>
    public double Value(int cell, int j) => j < P - 1 ? _cells[cell][j] : 1.0;

    /// <summary>
    /// Solves Σ n_c μ_c(β) x̃_c = <paramref name="totals"/> by Newton from <paramref name="beta"/> (overwritten with
    /// the estimate) and writes the standard errors. Returns false when the information matrix is singular or the
    /// iteration diverges (the totals lie on the boundary: separation). The iteration is the fit's own
    /// (<see cref="Models.GroupedLogit.Newton"/>), the totals entering as the shift of its score.
    /// </summary>
    public bool Solve(ReadOnlySpan<int> counts, ReadOnlySpan<double> totals, Span<double> beta, Span<double> stdErrors)
    {
        int p = P;
        Span<int> occupied = stackalloc int[_cells.Length];
        Span<double> cases = stackalloc double[_cells.Length];
        int units = Occupied(counts, occupied, cases);
        Span<double> none = stackalloc double[units];
        none.Clear();
        Span<double> info = stackalloc double[p * p];
        Span<double> score = stackalloc double[p];
        var newton = Models.GroupedLogit.Newton(_cells, occupied[..units], cases[..units], none, totals, beta, p - 1,
            maxIterations: 30, tolerance: 1e-22 / 2, bound: 50, score, info);
        if (newton.Stop is Models.NewtonStop.Singular or Models.NewtonStop.Diverged) return false;
        Span<double> inverse = stackalloc double[p * p];
        Information(counts, beta, info, score);
        return Models.GroupedLogit.Covariance(info, p, inverse, stdErrors);
    }

    /// <summary>
    /// One pass at the published <paramref name="beta"/>: chooses whole-number sufficient statistics T near
    /// T* = Σ n_c μ_c(B*) x̃_c (the constant's entry fixed at <paramref name="events"/>; each other entry the nearest
    /// integer or one either side) so that the estimate moves least, δ ≈ I⁻¹(T − T*) (one Newton step from B*, exact
    /// to second order), and writes T to <paramref name="totals"/>, δ to <paramref name="delta"/> and the standard
    /// errors at B* to <paramref name="stdErrors"/>. Returns the cases in cells whose log-odds at B* + δ exceed
    /// <paramref name="cutoffLogOdds"/>, or −1 when the information is singular.
    /// </summary>
    public int Linearized(ReadOnlySpan<int> counts, ReadOnlySpan<double> beta, int events, double cutoffLogOdds,
        Span<double> totals, Span<double> delta, Span<double> stdErrors)
    {
        int p = P;
        Span<double> info = stackalloc double[p * p];
        Span<double> expected = stackalloc double[p];
        Span<double> inverse = stackalloc double[p * p];
        Span<double> candidate = stackalloc double[p];
        Information(counts, beta, info, expected);
        if (!Models.GroupedLogit.Covariance(info, p, inverse, stdErrors)) return -1;
        int free = p - 1, combinations = (int)Math.Pow(3, free);
        double bestSize = double.PositiveInfinity;
        for (int combination = 0; combination < combinations; combination++)
        {
            int code = combination;
            for (int j = 0; j < free; j++) { candidate[j] = Math.Round(expected[j]) + (code % 3 - 1); code /= 3; }
            candidate[p - 1] = events;
            double size = 0;
            for (int a = 0; a < p; a++)
            {
                double d = 0;
                for (int b = 0; b < p; b++) d += inverse[a * p + b] * (candidate[b] - expected[b]);
                size = Math.Max(size, Math.Abs(d));
            }
            if (size >= bestSize) continue;
            bestSize = size;
            candidate.CopyTo(totals);
        }
        for (int a = 0; a < p; a++)
        {
            double d = 0;
            for (int b = 0; b < p; b++) d += inverse[a * p + b] * (totals[b] - expected[b]);
            delta[a] = d;
        }
        Span<double> moved = stackalloc double[p];
        for (int j = 0; j < p; j++) moved[j] = beta[j] + delta[j];
        int predicted = 0;
        for (int c = 0; c < _cells.Length; c++)
            if (Models.GroupedLogit.LogOdds(_cells[c], moved) > cutoffLogOdds) predicted += counts[c];
        return predicted;
    }

    /// <summary>
    /// Standard errors at <paramref name="beta"/> (no fitting): √diag of the inverse information; the same pass writes
    /// the expected totals Σ n_c μ_c x̃_c to <paramref name="expected"/>.
    /// </summary>
    public bool StandardErrors(ReadOnlySpan<int> counts, ReadOnlySpan<double> beta, Span<double> stdErrors, Span<double> expected)
    {
        int p = P;
        Span<double> info = stackalloc double[p * p];
        Span<double> inverse = stackalloc double[p * p];
        Information(counts, beta, info, expected);
        return Models.GroupedLogit.Covariance(info, p, inverse, stdErrors);
    }

    /// <summary>Cases in cells whose fitted probability at <paramref name="beta"/> exceeds <paramref name="cutoff"/>.</summary>
    public int PredictedPositives(ReadOnlySpan<int> counts, ReadOnlySpan<double> beta, double cutoff)
    {
        int predicted = 0;
        for (int c = 0; c < _cells.Length; c++) if (Probability(c, beta) > cutoff) predicted += counts[c];
        return predicted;
    }

    /// <summary>
    /// The information Σ n_c μ_c(1 − μ_c) x̃ x̃ᵀ (lower triangle) and the expected totals Σ n_c μ_c x̃_c, by the fit's own
    /// engine (<see cref="Models.GroupedLogit.Accumulate"/>) with no successes, whose score is then minus the totals.
    /// </summary>
    internal void Information(ReadOnlySpan<int> counts, ReadOnlySpan<double> beta, Span<double> info, Span<double> expected)
    {
        Span<int> occupied = stackalloc int[_cells.Length];
        Span<double> cases = stackalloc double[_cells.Length];
        int units = Occupied(counts, occupied, cases);
        Span<double> none = stackalloc double[units];
        none.Clear();
        Models.GroupedLogit.Accumulate(_cells, occupied[..units], cases[..units], none, beta, P - 1, expected, info, withLogLikelihood: false);
        for (int j = 0; j < P; j++) expected[j] = -expected[j] + 0.0;
    }

    /// <summary>The cells with cases, as the grouped model's units: their indexes and counts. Returns how many.</summary>
    private int Occupied(ReadOnlySpan<int> counts, Span<int> occupied, Span<double> cases)
    {
        int units = 0;
        for (int c = 0; c < _cells.Length; c++)
            if (counts[c] != 0) { occupied[units] = c; cases[units++] = counts[c]; }
        return units;
    }
}
