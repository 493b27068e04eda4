using MathNet.Numerics.LinearAlgebra;

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

    /// <summary>Regresses variable <paramref name="outcome"/> on <paramref name="predictors"/> (indexes into the moments).</summary>
    public static Result Fit(Vector<double> mean, Matrix<double> covariance, int n, int outcome, int[] predictors, bool intercept)
    {
        var second = intercept ? covariance : covariance + mean.OuterProduct(mean);
        var sxx = Matrix<double>.Build.Dense(predictors.Length, predictors.Length, (i, j) => second[predictors[i], predictors[j]]);
        var sxy = Vector<double>.Build.Dense(predictors.Length, i => second[predictors[i], outcome]);
        var inverse = sxx.Inverse();
        var slopes = inverse * sxy;
        double rss = n * (second[outcome, outcome] - sxy * slopes);
        int p = predictors.Length + (intercept ? 1 : 0);
        double sigma2 = rss / (n - p);
        double rSquared = 1 - rss / (n * second[outcome, outcome]);
        var coefficients = slopes.ToList();
        var t = slopes.Select((b, j) => b / Math.Sqrt(sigma2 * inverse[j, j] / n)).ToList();
        if (intercept)
        {
            var mx = Vector<double>.Build.Dense(predictors.Length, i => mean[predictors[i]]);
            double constant = mean[outcome] - slopes * mx;
            coefficients.Add(constant);
            t.Add(constant / Math.Sqrt(sigma2 * (1 + mx * inverse * mx) / n));
        }
        return new Result(coefficients.ToArray(), t.ToArray(), rSquared);
    }
}
