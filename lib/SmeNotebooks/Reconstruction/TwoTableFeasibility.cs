using MathNet.Numerics.LinearAlgebra;
using SmeNotebooks.Numerics;

namespace SmeNotebooks.Reconstruction;

/// <summary>
/// Can one data set give two published OLS tables — a model with a constant on regressors 1..k and a model without
/// constant on a subset of them? Both depend only on the means and covariance of the variables (see
/// <see cref="Models.MomentRegression"/>). The regressors' covariance (Cholesky factor) and means are searched
/// (Nelder-Mead from several seeded starts), with the outcome's moments set so that the first table's slopes,
/// constant and R² hold exactly and its t values by a heavy penalty, minimising the distance of the second table's
/// coefficients. With <c>nonPositive</c> the moments must allow every value to be ≤ 0, as logarithms of values in
/// (0, 1] are: every mean below 0, every variance at most (n − 1)·mean² (the largest spread n values ≤ 0 with that
/// mean can have), and every raw second moment E[XᵢXⱼ] ≥ 0 (products of two non-positive numbers). These are necessary conditions, so a distance that stays large proves that no such data set
/// exists, up to the search's reach.
/// </summary>
public static class TwoTableFeasibility
{
    /// <summary>The closest second table found, with the first table's t values and the means (outcome first).</summary>
    /// <param name="SecondCoefficients">The second table's coefficients at the optimum.</param>
    /// <param name="FirstT">The first table's t values there (slopes, then constant).</param>
    /// <param name="Means">Means of the outcome and regressors there.</param>
    /// <param name="Distance">Euclidean distance of <paramref name="SecondCoefficients"/> from the published ones.</param>
    /// <param name="SignViolation">How far the moments break the conditions for values ≤ 0 (0 when met, or not asked for).</param>
    public sealed record Result(double[] SecondCoefficients, double[] FirstT, double[] Means, double Distance, double SignViolation);

    /// <summary>Searches; <paramref name="subset"/> indexes the regressors (0-based) of the model without constant.</summary>
    public static Result Closest(LinearTarget first, int[] subset, double[] secondCoefficients, bool nonPositive, int starts = 8, int seed = 2024)
    {
        int k = first.Slopes.Count, n = first.Cases;
        var b = Vector<double>.Build.DenseOfEnumerable(first.Slopes);
        int triangle = k * (k + 1) / 2;
        var regressors = Enumerable.Range(1, k).ToArray();
        var subsetIndexes = subset.Select(s => s + 1).ToArray();
        var targetT = first.SlopeT.Append(first.ConstantT).ToArray();

        (Vector<double> Mean, Matrix<double> Covariance) Moments(double[] theta)
        {
            var factor = Matrix<double>.Build.Dense(k, k);
            for (int i = 0, index = 0; i < k; i++)
                for (int j = 0; j <= i; j++, index++)
                    factor[i, j] = i == j ? Math.Exp(theta[index]) : theta[index];
            var sxx = factor * factor.Transpose();
            var mx = Vector<double>.Build.Dense(k, i => nonPositive ? -Math.Exp(theta[triangle + i]) : theta[triangle + i]);
            var sxy = sxx * b;
            var mean = Vector<double>.Build.Dense(k + 1);
            mean[0] = first.Constant + b * mx;
            var covariance = Matrix<double>.Build.Dense(k + 1, k + 1);
            covariance[0, 0] = (b * sxy) / first.RSquared;
            for (int i = 0; i < k; i++)
            {
                mean[i + 1] = mx[i];
                covariance[0, i + 1] = covariance[i + 1, 0] = sxy[i];
                for (int j = 0; j < k; j++) covariance[i + 1, j + 1] = sxx[i, j];
            }
            return (mean, covariance);
        }

        (Models.MomentRegression.Result One, Models.MomentRegression.Result Two) Tables(Vector<double> mean, Matrix<double> covariance) =>
            (Models.MomentRegression.Fit(mean, covariance, n, 0, regressors, true), Models.MomentRegression.Fit(mean, covariance, n, 0, subsetIndexes, false));

        // n values that are all ≤ 0 with mean −a have variance at most (n − 1)·a² (all the spread in one value).
        double SignViolation(Vector<double> mean, Matrix<double> covariance)
        {
            if (!nonPositive) return 0;
            double violation = 0;
            for (int i = 0; i <= k; i++)
            {
                violation += Math.Pow(Math.Max(0, covariance[i, i] - (n - 1) * mean[i] * mean[i]), 2) + Math.Pow(Math.Max(0, mean[i]), 2);
                for (int j = 0; j < i; j++) violation += Math.Pow(Math.Max(0, -(covariance[i, j] + mean[i] * mean[j])), 2);   // E[XᵢXⱼ] ≥ 0
            }
            return violation;
        }

        double Objective(double[] theta)
        {
            var (mean, covariance) = Moments(theta);
            var (one, two) = Tables(mean, covariance);
            double penalty = one.T.Select((t, j) => (t - targetT[j]) * (t - targetT[j])).Sum() + SignViolation(mean, covariance);
            double distance = two.Coefficients.Select((c, j) => (c - secondCoefficients[j]) * (c - secondCoefficients[j])).Sum();
            return double.IsFinite(penalty + distance) ? distance + 1e4 * penalty : double.MaxValue;
        }

        var random = new Random(seed);
        double[]? best = null;
        for (int start = 0; start < starts; start++)
        {
            var theta = Enumerable.Range(0, triangle + k).Select(i => i < triangle ? 0.4 * (random.NextDouble() - 0.5) - 1 : (nonPositive ? random.NextDouble() : 4 * random.NextDouble() - 2)).ToArray();
            for (int round = 0; round < 8; round++) theta = NelderMead.Minimize(Objective, theta, 0.2, 20_000);
            if (best is null || Objective(theta) < Objective(best)) best = theta;
        }
        var (bestMean, bestCovariance) = Moments(best!);
        var (firstTable, secondTable) = Tables(bestMean, bestCovariance);
        double gap = Math.Sqrt(secondTable.Coefficients.Select((c, j) => (c - secondCoefficients[j]) * (c - secondCoefficients[j])).Sum());
        return new Result(secondTable.Coefficients, firstTable.T, bestMean.ToArray(), gap, SignViolation(bestMean, bestCovariance));
    }
}
