using MathNet.Numerics.LinearAlgebra;
using SmeNotebooks.Numerics;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// OLS statistics computed from moments alone — means m and covariance S (divisor n) of the variables over n cases —
/// which is all any OLS table depends on. With a constant: slopes b = S_xx⁻¹S_xy, constant m_y − b'm_x,
/// RSS = n(S_yy − S_yx S_xx⁻¹ S_xy), R² = 1 − RSS/(n·S_yy), S.E.² of slope j = σ²(S_xx⁻¹)_jj/n and of the constant
/// σ²(1 + m_x'S_xx⁻¹m_x)/n, σ² = RSS/(n − p). Without a constant the same with the raw second moments M = S + mm' and
/// the uncentered R² = 1 − RSS/(n·M_yy) (Greene, Econometric Analysis, 8th ed., §3.2 and §3.5).
/// </summary>
public static class MomentRegression
{
    /// <summary>Coefficients (slopes, then the constant if any), their t values, and R².</summary>
    /// <param name="Coefficients">Slopes in predictor order, then the constant when there is one.</param>
    /// <param name="T">t values, same order.</param>
    /// <param name="RSquared">R² (uncentered without a constant).</param>
    public sealed record Result(double[] Coefficients, double[] T, double RSquared);

    /// <summary>
    /// Regresses variable <paramref name="outcome"/> on <paramref name="predictors"/> (indexes into the moments).
    /// Throws <see cref="SingularDesignException"/> when the predictors' second-moment matrix is not positive definite.
    /// </summary>
    public static Result Fit(Vector<double> mean, Matrix<double> covariance, int n, int outcome, int[] predictors, bool intercept) =>
        TryFit(mean.ToArray(), covariance.ToArray(), n, outcome, predictors, intercept)
        ?? throw new SingularDesignException(
            Localized.Format(Strings.Error_MomentsSingular, string.Join(", ", predictors)),
            predictors.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());

    /// <summary>
    /// As <see cref="Fit(Vector{double}, Matrix{double}, int, int, int[], bool)"/> on plain arrays, allocating only the
    /// result, or null for a singular design: the inner loop of <see cref="Reconstruction.TwoTableFeasibility"/>.
    /// S_xx (or M_xx) is inverted by Cholesky.
    /// </summary>
    internal static Result? TryFit(double[] mean, double[,] covariance, int n, int outcome, int[] predictors, bool intercept)
    {
        int k = predictors.Length;
        double Second(int a, int b) => covariance[a, b] + (intercept ? 0 : mean[a] * mean[b]);
        Span<double> factor = stackalloc double[k * k];
        Span<double> inverse = stackalloc double[k * k];
        Span<double> sxy = stackalloc double[k];
        for (int i = 0; i < k; i++)
        {
            sxy[i] = Second(predictors[i], outcome);
            for (int j = 0; j < k; j++) factor[i * k + j] = Second(predictors[i], predictors[j]);
        }
        if (Cholesky.Decompose(factor, k) >= 0) return null;
        Cholesky.Invert(factor, k, inverse);
        var coefficients = new double[k + (intercept ? 1 : 0)];
        var t = new double[coefficients.Length];
        double explained = 0;
        for (int i = 0; i < k; i++)
        {
            double b = 0;
            for (int j = 0; j < k; j++) b += inverse[i * k + j] * sxy[j];
            coefficients[i] = b;
            explained += sxy[i] * b;
        }
        double syy = Second(outcome, outcome);
        double rss = n * (syy - explained);
        int p = coefficients.Length;
        double sigma2 = rss / (n - p);
        for (int i = 0; i < k; i++) t[i] = coefficients[i] / Math.Sqrt(sigma2 * inverse[i * k + i] / n);
        if (intercept)
        {
            double constant = mean[outcome], quadratic = 0;
            for (int i = 0; i < k; i++)
            {
                constant -= coefficients[i] * mean[predictors[i]];
                for (int j = 0; j < k; j++) quadratic += mean[predictors[i]] * inverse[i * k + j] * mean[predictors[j]];
            }
            coefficients[k] = constant;
            t[k] = constant / Math.Sqrt(sigma2 * (1 + quadratic) / n);
        }
        return new Result(coefficients, t, 1 - rss / (n * syy));
    }
}
