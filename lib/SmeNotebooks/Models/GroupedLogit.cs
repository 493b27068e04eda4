namespace SmeNotebooks.Models;

/// <summary>
/// The logistic model's score and information on grouped data — the one engine that the fit
/// (<see cref="LogisticRegression"/>, over covariate patterns) and the reconstruction search (over the cells of a
/// published table) share. Unit u has predictor row xᵤ (k values; the constant is implicit and
/// last among the parameters), mᵤ cases and sᵤ successes; the sums are those over the individual cases, since cases
/// of one unit contribute identical terms (McCullagh and Nelder, GLM, §4.4).
/// </summary>
internal static class GroupedLogit
{
    /// <summary>
    /// One pass over the units (covariate patterns or cells) at <paramref name="beta"/>: gradient Σ xᵤ(sᵤ − mᵤμᵤ), the lower triangle of
    /// the information Σ mᵤμᵤ(1 − μᵤ)xᵤxᵤᵀ, and the log-likelihood Σ [sᵤηᵤ − mᵤ ln(1 + e^ηᵤ)] — the same sums as over the
    /// individual cases, since cases of one pattern contribute identical terms (returned when
    /// <paramref name="withLogLikelihood"/>; the iterations steer by the Newton decrement and need no logarithms).
    /// </summary>
    public static double Accumulate(double[][] rows, ReadOnlySpan<int> representative, ReadOnlySpan<double> cases, ReadOnlySpan<double> successes,
        ReadOnlySpan<double> beta, int k, Span<double> gradient, Span<double> hessian, bool withLogLikelihood)
    {
        int p = k + 1;
        gradient.Clear();
        hessian.Clear();
        double logLikelihood = 0;
        for (int u = 0; u < representative.Length; u++)
        {
            var row = rows[representative[u]];
            double eta = LogOdds(row, beta, k);
            double mu = LogisticFunction.Of(eta, out double e);
            double m = cases[u];
            double w = m * mu * (1.0 - mu);
            double r = successes[u] - m * mu;
            if (withLogLikelihood) logLikelihood += successes[u] * eta - m * (Math.Max(eta, 0) + Math.Log(1.0 + e));
            for (int a = 0; a < k; a++)
            {
                double xa = row[a];
                gradient[a] += r * xa;
                double wa = w * xa;
                int offset = a * p;
                for (int b = 0; b <= a; b++) hessian[offset + b] += wa * row[b];
                hessian[k * p + a] += wa;
            }
            gradient[k] += r;
            hessian[k * p + k] += w;
        }
        return logLikelihood;
    }

    /// <summary>The log-odds η = β_k + Σ_{j&lt;k} βⱼxⱼ of a row (the constant is the last parameter).</summary>
    public static double LogOdds(double[] row, ReadOnlySpan<double> beta, int k)
    {
        double eta = beta[k];
        for (int j = 0; j < k; j++) eta += beta[j] * row[j];
        return eta;
    }
}
