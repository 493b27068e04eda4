using SmeNotebooks.Numerics;

namespace SmeNotebooks.Models;

/// <summary>
/// One row of SPSS's "Coefficients" table for ordinary least squares: B, Std. Error, t = B / S.E. with a
/// two-sided p on the residual degrees of freedom, and the 95% interval B ± t₀.₉₇₅,df·S.E.
/// </summary>
/// <param name="Name">Predictor name; the intercept is "Constant".</param>
/// <param name="Estimate">B, the least-squares coefficient.</param>
/// <param name="StdError">√(σ̂²·[(XᵀX)⁻¹]ⱼⱼ).</param>
/// <param name="ResidualDegreesOfFreedom">n − p, the df of the t test.</param>
public sealed record LinearCoefficient(string Name, double Estimate, double StdError, int ResidualDegreesOfFreedom)
{
    /// <summary>t = B / S.E.</summary>
    public double T => Estimate / StdError;

    /// <summary>Two-sided Sig. of <see cref="T"/> on n − p df.</summary>
    public double PValue => Tails.StudentTTwoSided(T, ResidualDegreesOfFreedom);

    /// <summary>B − t₀.₉₇₅·S.E.</summary>
    public double Lower95 => Estimate - CriticalT * StdError;

    /// <summary>B + t₀.₉₇₅·S.E.</summary>
    public double Upper95 => Estimate + CriticalT * StdError;

    private double CriticalT => MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, ResidualDegreesOfFreedom, 0.975);
}
