using MathNet.Numerics.LinearAlgebra;
using SmeNotebooks.Numerics;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Reconstruction;

/// <summary>
/// Builds regressors and an outcome on which OLS reproduces a published table exactly — coefficients, t values,
/// R² and the Durbin-Watson statistic — optionally with every regressor and the outcome below a bound (0 when they are
/// logarithms of values in (0, 1)). SYNTHETIC by construction.
/// <para>
/// With residual variance σ² = 1 (the scale is free), the slopes' t values and R² depend only on the regressors'
/// covariance Σ: t_j = b_j·√n / √[(Σ⁻¹)_jj] and R² = n·b'Σb / (n·b'Σb + (n − p)). Σ is solved for (one-factor
/// correlation, four variances and four loadings; minimum-norm Gauss-Newton), the constant's t fixes the
/// Mahalanobis length of the mean (1 + μ'Σ⁻¹μ = n·(b₀/t₀)²), placed along −(standard deviations), as far below 0 as
/// that length allows. Bounded noise is
/// whitened and coloured so the n rows have exactly that mean and covariance; the residual vector is noise made
/// exactly orthogonal to [regressors, 1] by QR and scaled to √(n − p); cases are then ordered so that Durbin-Watson
/// rounds to the target.
/// </para>
/// </summary>
public static class LinearReconstruction
{
    /// <summary>The regressors (rows × k) and outcome, in case order.</summary>
    public sealed record Result(double[][] Regressors, double[] Outcome);

    /// <summary>
    /// Builds the data; deterministic for a seed. With <paramref name="below"/>, draws are repeated until every
    /// regressor and outcome value is strictly below it (0 for logarithms of normalized values); throws when none is.
    /// </summary>
    public static Result Build(LinearTarget target, int seed, double? below = null)
    {
        int k = target.Slopes.Count, n = target.Cases, p = k + 1;
        var b = Vector<double>.Build.DenseOfEnumerable(target.Slopes);
        var sigma = SolveCovariance(target, b);
        var inverse = sigma.Inverse();
        double length2 = n * Math.Pow(target.Constant / target.ConstantT, 2) - 1;
        if (length2 <= 0) throw new InvalidOperationException(Strings.Error_ConstantTTooLarge);
        var sd = Vector<double>.Build.Dense(k, j => Math.Sqrt(sigma[j, j]));
        double kappa = Math.Sqrt(length2 / (sd * inverse * sd));
        var mean = -kappa * sd;
        var random = new Random(seed);
        for (int attempt = 0; attempt < 2000; attempt++)
        {
            var regressors = ExactMoments(random, n, k, mean, sigma);
            if (below is { } bound && regressors.Enumerate().Any(v => v >= bound)) continue;
            var design = regressors.Append(Matrix<double>.Build.Dense(n, 1, 1.0));
            var residual = OrthogonalResidual(random, design, Math.Sqrt(n - p));
            var fitted = design * Vector<double>.Build.DenseOfEnumerable(target.Slopes.Append(target.Constant));
            var outcome = fitted + residual;
            if (below is { } limit && outcome.Any(v => v >= limit)) continue;
            var order = OrderForDurbinWatson(residual.ToArray(), target.DurbinWatson, random);
            return new Result(order.Select(i => regressors.Row(i).ToArray()).ToArray(), order.Select(i => outcome[i]).ToArray());
        }
        throw new InvalidOperationException(Localized.Format(Strings.Error_NoDrawBelow, below));
    }

    /// <summary>Σ with one-factor correlation solving the slopes' t values and R² at σ = 1.</summary>
    private static Matrix<double> SolveCovariance(LinearTarget target, Vector<double> b)
    {
        int k = b.Count, n = target.Cases, p = k + 1;
        Matrix<double> Covariance(Vector<double> theta) => Matrix<double>.Build.Dense(k, k, (i, j) =>
        {
            double si = Math.Exp(theta[i]), sj = Math.Exp(theta[j]);
            double correlation = i == j ? 1 : Math.Tanh(theta[k + i]) * Math.Tanh(theta[k + j]);
            return si * sj * correlation;
        });
        Vector<double> Residuals(Vector<double> theta)
        {
            var sigma = Covariance(theta);
            var inverse = sigma.Inverse();
            var r = Vector<double>.Build.Dense(k + 1);
            for (int j = 0; j < k; j++) r[j] = b[j] * Math.Sqrt(n / inverse[j, j]) - target.SlopeT[j];
            double explained = n * (b * sigma * b);
            r[k] = explained / (explained + (n - p)) - target.RSquared;
            return r;
        }
        // Start: uncorrelated regressors with the t ratios (sd_j ∝ t_j/b_j), moderate loadings.
        var theta = Vector<double>.Build.Dense(2 * k, i => i < k ? Math.Log(Math.Abs(target.SlopeT[i] / b[i]) / Math.Sqrt(n)) : 0.6);
        for (int iteration = 0; iteration < 200; iteration++)
        {
            var r = Residuals(theta);
            if (r.AbsoluteMaximum() < 1e-13) return Covariance(theta);
            if (r.Any(v => !double.IsFinite(v))) break;
            var jacobian = Matrix<double>.Build.Dense(k + 1, 2 * k);
            for (int c = 0; c < 2 * k; c++)
            {
                var step = theta.Clone(); step[c] += 1e-7;
                jacobian.SetColumn(c, (Residuals(step) - r) / 1e-7);
            }
            theta -= jacobian.PseudoInverse() * r;
        }
        throw new InvalidOperationException(Strings.Error_NoOneFactorCovariance);
    }

    /// <summary>n rows with exactly the given mean and covariance (population form, divisor n), from bounded noise.</summary>
    private static Matrix<double> ExactMoments(Random random, int n, int k, Vector<double> mean, Matrix<double> sigma)
    {
        var z = Matrix<double>.Build.Dense(n, k, (_, _) => random.NextDouble() + random.NextDouble() - 1);
        var centre = z.ColumnSums() / n;
        for (int i = 0; i < n; i++) z.SetRow(i, z.Row(i) - centre);
        var sample = z.TransposeThisAndMultiply(z) / n;
        var white = z * sample.Cholesky().Factor.Transpose().Inverse();
        var coloured = white * sigma.Cholesky().Factor.Transpose();
        for (int i = 0; i < n; i++) coloured.SetRow(i, coloured.Row(i) + mean);
        return coloured;
    }

    /// <summary>Noise made exactly orthogonal to the design's columns (Householder QR) and scaled to <paramref name="norm"/>.</summary>
    private static Vector<double> OrthogonalResidual(Random random, Matrix<double> design, double norm)
    {
        var noise = Enumerable.Range(0, design.RowCount).Select(_ => random.NextDouble() + random.NextDouble() - 1).ToArray();
        var columns = Enumerable.Range(0, design.ColumnCount).Select(c => design.Column(c).ToArray()).ToArray();
        var beta = new HouseholderQr(columns).Solve(noise);
        var residual = Vector<double>.Build.DenseOfArray(noise) - design * Vector<double>.Build.DenseOfArray(beta);
        return residual * (norm / residual.L2Norm());
    }

    /// <summary>A case order whose Durbin-Watson statistic rounds to the target at one decimal (swaps of two cases, seeded).</summary>
    private static int[] OrderForDurbinWatson(double[] residual, double target, Random random)
    {
        int n = residual.Length;
        var order = Enumerable.Range(0, n).ToArray();
        double sumSquares = residual.Sum(e => e * e);
        double DurbinWatson() => Enumerable.Range(1, n - 1).Sum(t => Math.Pow(residual[order[t]] - residual[order[t - 1]], 2)) / sumSquares;
        double current = DurbinWatson();
        for (int step = 0; step < 200_000 && Math.Abs(current - target) > 0.01; step++)
        {
            int a = random.Next(n), c = random.Next(n);
            (order[a], order[c]) = (order[c], order[a]);
            double proposed = DurbinWatson();
            if (Math.Abs(proposed - target) <= Math.Abs(current - target)) current = proposed;
            else (order[a], order[c]) = (order[c], order[a]);
        }
        return order;
    }
}
