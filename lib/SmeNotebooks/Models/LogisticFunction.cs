namespace SmeNotebooks.Models;

/// <summary>
/// The logistic function, P = 1 / (1 + e^−η), the inverse of the logit link — the library's one implementation,
/// used by the fit, the equation and the reconstruction. Evaluated as e^−|η| / (1 + e^−|η|) for negative η so that it
/// neither overflows nor loses the small probabilities (Hosmer, Lemeshow and Sturdivant, Applied Logistic Regression,
/// 3rd ed., §1.1).
/// </summary>
public static class LogisticFunction
{
    /// <summary>P(Y = 1) for the log-odds <paramref name="logOdds"/>.</summary>
    public static double Of(double logOdds) => Of(logOdds, out _);

    /// <summary>As <see cref="Of(double)"/>, also giving e^−|η|, from which ln(1 + e^η) = max(η, 0) + ln(1 + e^−|η|) follows without a second exponential.</summary>
    internal static double Of(double logOdds, out double expMinusAbs)
    {
        expMinusAbs = Math.Exp(-Math.Abs(logOdds));
        return logOdds >= 0 ? 1.0 / (1.0 + expMinusAbs) : expMinusAbs / (1.0 + expMinusAbs);
    }
}
