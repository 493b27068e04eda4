using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using MathNet.Numerics.Optimization.ObjectiveFunctions;

namespace SmeNotebooks.Reconstruction;

/// <summary>
/// Can one data set give two published OLS tables — a model with a constant on regressors 1..k and a model without
/// constant on a subset of them? Both depend only on the means and covariance of the variables (see
/// <see cref="Models.MomentRegression"/>). The regressors' covariance (Cholesky factor) and means are searched, with
/// the outcome's moments set so that the first table's slopes and constant (each anywhere within half a unit of its
/// printed last digit) and R² hold exactly, and its t values within half a unit as constraints, minimising the
/// distance of the second table's coefficients from the printed ones. With <c>nonPositive</c> the moments must allow
/// every value to be ≤ 0, as logarithms of values in (0, 1] are: every mean below 0, every variance at most
/// (n − 1)·mean² (the largest spread n values ≤ 0 with that mean can have), and every raw second moment
/// E[XᵢXⱼ] ≥ 0 (products of two non-positive numbers). These are necessary conditions, so a distance that stays
/// large proves that no such data set exists, up to the search's reach. The search: quasi-Newton (BFGS with
/// forward-difference gradients, MathNet.Numerics) on a quadratic penalty whose weight rises 1, 10², …, 10⁸
/// (Nocedal and Wright, Numerical Optimization, 2nd ed., §17.1), from several seeded starts.
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

    /// <summary>Half a unit of the first table's last printed digit (three decimals): how far each printed value may be from the true one.</summary>
    public const double HalfUnit = 0.0005;

    private static readonly double[] PenaltyWeights = [1, 1e2, 1e4, 1e6, 1e8];

    /// <summary>BFGS iterations per penalty weight.</summary>
    private const int MaxIterations = 1000;

    /// <summary>Searches; <paramref name="subset"/> indexes the regressors (0-based) of the model without constant.</summary>
    public static Result Closest(LinearTarget first, int[] subset, double[] secondCoefficients, bool nonPositive, int starts = 8, int seed = 2024)
    {
        int k = first.Slopes.Count, n = first.Cases;
        int triangle = k * (k + 1) / 2, dimension = triangle + 2 * k + 1;
        var regressors = Enumerable.Range(1, k).ToArray();
        var subsetIndexes = subset.Select(s => s + 1).ToArray();
        var targetT = first.SlopeT.Append(first.ConstantT).ToArray();
        var printed = first.Slopes.Append(first.Constant).ToArray();

        // θ: the Cholesky factor L of S_xx (log diagonal), the regressors' means (as −e^θ when nonPositive), and the
        // first table's slopes and constant as printed + HalfUnit·tanh(θ), which keeps them inside their rounding.
        (double[] Mean, double[,] Covariance) Moments(double[] theta)
        {
            var b = new double[k + 1];
            for (int j = 0; j <= k; j++) b[j] = printed[j] + HalfUnit * Math.Tanh(theta[triangle + k + j]);
            var factor = new double[k, k];
            for (int i = 0, index = 0; i < k; i++)
                for (int j = 0; j <= i; j++, index++)
                    factor[i, j] = i == j ? Math.Exp(theta[index]) : theta[index];
            var mean = new double[k + 1];
            var covariance = new double[k + 1, k + 1];
            for (int i = 0; i < k; i++)
                for (int j = 0; j < k; j++)
                {
                    double s = 0;
                    for (int m = 0; m <= Math.Min(i, j); m++) s += factor[i, m] * factor[j, m];
                    covariance[i + 1, j + 1] = s;
                }
            mean[0] = b[k];
            double explained = 0;
            for (int i = 0; i < k; i++)
            {
                mean[i + 1] = nonPositive ? -Math.Exp(theta[triangle + i]) : theta[triangle + i];
                mean[0] += b[i] * mean[i + 1];
                double sxy = 0;
                for (int j = 0; j < k; j++) sxy += covariance[i + 1, j + 1] * b[j];
                covariance[0, i + 1] = covariance[i + 1, 0] = sxy;
                explained += b[i] * sxy;
            }
            covariance[0, 0] = explained / first.RSquared;
            return (mean, covariance);
        }

        (Models.MomentRegression.Result? One, Models.MomentRegression.Result? Two) Tables(double[] mean, double[,] covariance) =>
            (Models.MomentRegression.TryFit(mean, covariance, n, 0, regressors, true), Models.MomentRegression.TryFit(mean, covariance, n, 0, subsetIndexes, false));

        // n values that are all ≤ 0 with mean −a have variance at most (n − 1)·a² (all the spread in one value).
        double SignViolation(double[] mean, double[,] covariance)
        {
            if (!nonPositive) return 0;
            double violation = 0;
            for (int i = 0; i <= k; i++)
            {
                violation += Square(Math.Max(0, covariance[i, i] - (n - 1) * mean[i] * mean[i])) + Square(Math.Max(0, mean[i]));
                for (int j = 0; j < i; j++) violation += Square(Math.Max(0, -(covariance[i, j] + mean[i] * mean[j])));   // E[XᵢXⱼ] ≥ 0
            }
            return violation;
        }

        // Squared distance of the second table from its printed coefficients, and the constraint violation.
        (double Gap, double Violation) Parts(double[] theta)
        {
            var (mean, covariance) = Moments(theta);
            var (one, two) = Tables(mean, covariance);
            if (one is null || two is null) return (double.PositiveInfinity, double.PositiveInfinity);
            double violation = SignViolation(mean, covariance), gap = 0;
            for (int j = 0; j < targetT.Length; j++) violation += Square(Math.Max(0, Math.Abs(one.T[j] - targetT[j]) - HalfUnit));
            for (int j = 0; j < secondCoefficients.Length; j++) gap += Square(two.Coefficients[j] - secondCoefficients[j]);
            return (gap, violation);
        }

        var random = new Random(seed);
        double[]? best = null;
        (double Gap, double Violation) bestParts = (double.PositiveInfinity, double.PositiveInfinity);
        for (int start = 0; start < starts; start++)
        {
            var theta = Vector<double>.Build.Dense(dimension, i =>
                i < triangle ? 0.4 * (random.NextDouble() - 0.5) - 1
                : i < triangle + k ? (nonPositive ? random.NextDouble() : 4 * random.NextDouble() - 2)
                : 0);
            foreach (double weight in PenaltyWeights)
            {
                if (Parts(theta.ToArray()) is { Gap: <= Feasible, Violation: <= Feasible }) break;
                // The best point evaluated is kept: MathNet's BFGS throws on a failed line search or at its iteration limit.
                var (stageBest, stageValue) = (theta, double.PositiveInfinity);
                var objective = ObjectiveFunction.Value(v =>
                {
                    Interruption.Check();
                    var (gap, violation) = Parts(v.AsArray() ?? v.ToArray());
                    double value = gap + weight * violation;
                    if (!double.IsFinite(value)) return double.MaxValue;
                    if (value < stageValue) (stageBest, stageValue) = (v.Clone(), value);
                    return value;
                });
                var gradient = new ForwardDifferenceGradientObjectiveFunction(objective,
                    Vector<double>.Build.Dense(dimension, -1e3), Vector<double>.Build.Dense(dimension, 1e3), 1e-7, 1e-10);
                try { new BfgsMinimizer(1e-9, 1e-12, 1e-14, MaxIterations).FindMinimum(gradient, theta); }
                catch (Exception e) when (e is InnerOptimizationException or MaximumIterationsException) { /* stageBest holds the progress */ }
                theta = stageBest;
            }
            var parts = Parts(theta.ToArray());
            if (best is null || Better(parts, bestParts)) (best, bestParts) = (theta.ToArray(), parts);
            if (bestParts.Violation <= Feasible && bestParts.Gap <= Feasible) break;   // the second table is reached: no start can do better
        }
        var (bestMean, bestCovariance) = Moments(best!);
        var (firstTable, secondTable) = Tables(bestMean, bestCovariance);
        return new Result(secondTable!.Coefficients, firstTable!.T, bestMean, Math.Sqrt(bestParts.Gap), SignViolation(bestMean, bestCovariance));
    }

    /// <summary>A point meeting the constraints (violation below 1e-12) beats one that does not; then the smaller gap wins.</summary>
    private static bool Better((double Gap, double Violation) a, (double Gap, double Violation) b) =>
        (a.Violation <= Feasible, b.Violation <= Feasible) switch
        {
            (true, false) => true,
            (false, true) => false,
            (true, true) => a.Gap < b.Gap,
            _ => a.Violation < b.Violation,
        };

    private const double Feasible = 1e-12;

    private static double Square(double x) => x * x;
}
