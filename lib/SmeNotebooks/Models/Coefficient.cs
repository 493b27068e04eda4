using SmeNotebooks.Numerics;

namespace SmeNotebooks.Models;

/// <summary>
/// One row of SPSS's "Variables in the Equation" table for a binary logistic regression.
/// Wald = (B / S.E.)², compared with χ² on <see cref="DegreesOfFreedom"/> = 1; Exp(B) = e^B; the 95% interval for
/// Exp(B) is exp(B ± z₀.₉₇₅·S.E.) with z₀.₉₇₅ = 1.959964 (Hosmer, Lemeshow and Sturdivant, Applied Logistic
/// Regression, 3rd ed., §1.4).
/// </summary>
/// <param name="Name">Predictor name; the intercept is called "Constant", as SPSS prints it.</param>
/// <param name="Estimate">B, the maximum-likelihood coefficient (change in log-odds per unit of the predictor).</param>
/// <param name="StdError">S.E., the square root of the matching diagonal element of the inverse information matrix.</param>
public sealed record Coefficient(string Name, double Estimate, double StdError)
{
    /// <summary>Wald chi-square, (B / S.E.)².</summary>
    public double Wald => Estimate * Estimate / (StdError * StdError);

    /// <summary>Degrees of freedom of the Wald test: 1 for a single coefficient.</summary>
    public int DegreesOfFreedom => 1;

    /// <summary>Sig.: P(χ²₁ ≥ Wald).</summary>
    public double PValue => Tails.ChiSquare(Wald, DegreesOfFreedom);

    /// <summary>Exp(B): the factor by which the odds (not the probability) multiply per unit increase.</summary>
    public double OddsRatio => Math.Exp(Estimate);

    /// <summary>Lower end of the 95% confidence interval for Exp(B): exp(B − 1.959964·S.E.).</summary>
    public double OddsRatioLower95 => Math.Exp(Estimate - Tails.Z975 * StdError);

    /// <summary>Upper end of the 95% confidence interval for Exp(B): exp(B + 1.959964·S.E.).</summary>
    public double OddsRatioUpper95 => Math.Exp(Estimate + Tails.Z975 * StdError);
}
