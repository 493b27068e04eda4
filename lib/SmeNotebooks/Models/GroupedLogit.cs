using SmeNotebooks.Numerics;

namespace SmeNotebooks.Models;

/// <summary>
/// The logistic model's score, information, Newton iteration and covariance on grouped data — the one engine that
/// the fit (<see cref="LogisticRegression"/>, over covariate patterns) and the reconstruction search (over the cells
/// of a published table) share. Unit u has predictor row xᵤ (k values; the constant is implicit and last among the
/// parameters), mᵤ cases and sᵤ successes; the sums are those over the individual cases, since cases of one unit
/// contribute identical terms (McCullagh and Nelder, GLM, §4.4).
/// </summary>
internal static class GroupedLogit
{
    /// <summary>Signature of the hook <see cref="Newton"/> calls after its first factorization (see there).</summary>
    public delegate void FirstFactorization(ReadOnlySpan<double> factor, ReadOnlySpan<double> diagonal, int failedPivot);

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
            double eta = LogOdds(row.AsSpan(0, k), beta);
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

    /// <summary>
    /// The linear predictor, the log-odds η = β_k + Σ_{j&lt;k} βⱼxⱼ of the k values <paramref name="x"/> (the constant is
    /// the parameter after the slopes) — the library's one implementation, used by the fit, its predictions, the
    /// equation of a printed model and the reconstruction.
    /// </summary>
    public static double LogOdds(ReadOnlySpan<double> x, ReadOnlySpan<double> beta)
    {
        int k = x.Length;
        double eta = beta[k];
        for (int j = 0; j < k; j++) eta += beta[j] * x[j];
        return eta;
    }

    /// <summary>
    /// Newton-Raphson for the score equations Σ xᵤ(sᵤ − mᵤμᵤ) + <paramref name="shift"/> = 0, from
    /// <paramref name="beta"/> (overwritten with the last iterate): β ← β + I⁻¹U, identical to IRLS for the canonical
    /// logit link (McCullagh and Nelder, GLM, §4.4). The fit passes the successes and no shift; the reconstruction
    /// passes no successes and its target totals T as the shift, so that it solves Σ mᵤμᵤxᵤ = T. Stops converged when
    /// half the Newton decrement UᵀI⁻¹U falls below <paramref name="tolerance"/>; stops diverged when the decrement is
    /// not finite or |β₀| exceeds <paramref name="bound"/>; stops singular when the information loses definiteness
    /// (<see cref="Cholesky.Decompose"/>). <paramref name="first"/>, when given, sees the first factorization and the
    /// information's diagonal before it (the fit's rank check). On return <paramref name="hessian"/> holds the last
    /// factor, not the information at the estimate.
    /// </summary>
    public static NewtonOutcome Newton(double[][] rows, ReadOnlySpan<int> representative, ReadOnlySpan<double> cases, ReadOnlySpan<double> successes,
        ReadOnlySpan<double> shift, Span<double> beta, int k, int maxIterations, double tolerance, double bound,
        Span<double> gradient, Span<double> hessian, FirstFactorization? first = null)
    {
        int p = k + 1;
        Span<double> step = stackalloc double[p];
        Span<double> diagonal = stackalloc double[p];
        double decrement = double.NaN;
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            Accumulate(rows, representative, cases, successes, beta, k, gradient, hessian, withLogLikelihood: false);
            if (!shift.IsEmpty) for (int j = 0; j < p; j++) gradient[j] += shift[j];
            if (first is not null && iteration == 1) for (int j = 0; j < p; j++) diagonal[j] = hessian[j * p + j];
            int failed = Cholesky.Decompose(hessian, p);
            if (first is not null && iteration == 1) first(hessian, diagonal, failed);
            if (failed >= 0) return new NewtonOutcome(NewtonStop.Singular, iteration, decrement);
            gradient.CopyTo(step);
            Cholesky.Solve(hessian, p, step);
            decrement = 0;
            for (int j = 0; j < p; j++) { decrement += gradient[j] * step[j]; beta[j] += step[j]; }
            if (!double.IsFinite(decrement) || Math.Abs(beta[0]) > bound) return new NewtonOutcome(NewtonStop.Diverged, iteration, decrement);
            if (decrement / 2 < tolerance) return new NewtonOutcome(NewtonStop.Converged, iteration, decrement);
        }
        return new NewtonOutcome(NewtonStop.IterationLimit, maxIterations, decrement);
    }

    /// <summary>
    /// The estimates' covariance, the inverse of the information (<paramref name="information"/>, p×p with its lower
    /// triangle filled; factorized in place), written to <paramref name="covariance"/>, and the standard errors √diag
    /// to <paramref name="stdErrors"/> when it is not empty (Hosmer, Lemeshow and Sturdivant, Applied Logistic
    /// Regression, 3rd ed., §1.3). False, with nothing written, when the information is not positive definite.
    /// </summary>
    public static bool Covariance(Span<double> information, int p, Span<double> covariance, Span<double> stdErrors)
    {
        if (Cholesky.Decompose(information, p) >= 0) return false;
        Cholesky.Invert(information, p, covariance);
        if (!stdErrors.IsEmpty) for (int j = 0; j < p; j++) stdErrors[j] = Math.Sqrt(covariance[j * p + j]);
        return true;
    }
}
