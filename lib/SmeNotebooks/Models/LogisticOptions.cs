namespace SmeNotebooks.Models;

/// <summary>Settings of the Newton-Raphson fit of a logistic regression.</summary>
/// <param name="MaxIterations">Iteration limit; SPSS's default is 20, R's glm 25. Hitting it is an error.</param>
/// <param name="Tolerance">
/// Convergence when the Newton decrement λ²/2 = gᵀH⁻¹g/2, the log-likelihood gain the next step would give,
/// falls below this (default 1e-10 on the log-likelihood, far tighter than SPSS's default of a 0.001 change in
/// parameters, so that cases near the cut value classify as the exact MLE says).
/// </param>
/// <param name="DropNonFinite">Also delete listwise the cases with NaN or ±∞ (nulls are always deleted).</param>
public sealed record LogisticOptions(int MaxIterations = 50, double Tolerance = 1e-10, bool DropNonFinite = false)
{
    /// <summary>The defaults.</summary>
    public static LogisticOptions Default { get; } = new();
}
