using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// Arithmetic that recovers what a printed regression table implies but does not say. All of it follows from the
/// ANOVA identity F = (R²/k) / ((1 − R²)/df) (with the uncentered R² for a model without constant).
/// </summary>
public static class PrintedRegression
{
    /// <summary>Residual degrees of freedom implied by F, R² and k predictors: df = F·k·(1 − R²)/R².</summary>
    public static double ResidualDegreesOfFreedom(double f, double rSquared, int predictors) =>
        f * predictors * (1 - rSquared) / rSquared;

    /// <summary>
    /// The range of residual degrees of freedom consistent with F and R² as printed to the given decimals (each known
    /// only to ± half a unit of its last digit); df grows with F and falls with R², so the corners are the extremes.
    /// </summary>
    public static (double Min, double Max) ResidualDegreesOfFreedomRange(double f, int fDecimals, double rSquared, int rSquaredDecimals, int predictors)
    {
        double fHalf = 0.5 * Math.Pow(10, -fDecimals), rHalf = 0.5 * Math.Pow(10, -rSquaredDecimals);
        return (ResidualDegreesOfFreedom(f - fHalf, rSquared + rHalf, predictors), ResidualDegreesOfFreedom(f + fHalf, rSquared - rHalf, predictors));
    }

    /// <summary>The whole numbers of residual degrees of freedom inside <see cref="ResidualDegreesOfFreedomRange"/>.</summary>
    public static int[] PossibleResidualDegreesOfFreedom(double f, int fDecimals, double rSquared, int rSquaredDecimals, int predictors)
    {
        var (min, max) = ResidualDegreesOfFreedomRange(f, fDecimals, rSquared, rSquaredDecimals, predictors);
        return Enumerable.Range((int)Math.Ceiling(min), Math.Max(0, (int)Math.Floor(max) - (int)Math.Ceiling(min) + 1)).ToArray();
    }

    /// <summary>The standard error a printed coefficient and t value imply: S.E. = B / t.</summary>
    public static double StdErrorFromT(double estimate, double t) =>
        t != 0 ? estimate / t : throw new ArgumentException(Strings.Error_TZero);
}
