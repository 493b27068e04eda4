namespace SmeNotebooks.Display;

/// <summary>A number as a paper prints it: its value and the decimals it is printed to (trailing zeros count).</summary>
/// <param name="Value">The printed value.</param>
/// <param name="Decimals">How many decimals are printed ("0.0330" → 4, "12" → 0).</param>
public sealed record PublishedValue(double Value, int Decimals)
{
    /// <summary>Half a unit of the last printed digit, 0.5·10^−decimals: how far the true value can lie from the printed one.</summary>
    public double HalfUnit => 0.5 * Math.Pow(10, -Decimals);

    /// <summary>
    /// The range <paramref name="statistic"/>(B, S.E.) takes while a printed coefficient <paramref name="estimate"/> and
    /// standard error <paramref name="stdError"/> move within their rounding (each ± its <see cref="HalfUnit"/>): for a
    /// statistic monotone in each argument — t = B/S.E., Wald = (B/S.E.)², Sig. = P(χ²₁ ≥ Wald), Exp(B) = e^B,
    /// C.I. = e^(B ∓ 1.96·S.E.) — its extremes lie at the four corners.
    /// </summary>
    public static (double Low, double High) RangeWithinRounding(PublishedValue estimate, PublishedValue stdError, Func<double, double, double> statistic)
    {
        double b = estimate.Value, hb = estimate.HalfUnit, se = stdError.Value, hs = stdError.HalfUnit;
        double[] corners = [statistic(b - hb, se - hs), statistic(b - hb, se + hs), statistic(b + hb, se - hs), statistic(b + hb, se + hs)];
        return (corners.Min(), corners.Max());
    }

    /// <summary>
    /// Whether this printed statistic follows from a printed coefficient and standard error by
    /// <paramref name="statistic"/>: it lies within <see cref="RangeWithinRounding"/> widened by its own
    /// <see cref="HalfUnit"/>. (A paper's 0.397 / 0.129 = 3.078 does print t = 3.072: B and S.E. are rounded too.)
    /// </summary>
    public bool FollowsFrom(PublishedValue estimate, PublishedValue stdError, Func<double, double, double> statistic)
    {
        var (low, high) = RangeWithinRounding(estimate, stdError, statistic);
        return Value >= low - HalfUnit && Value <= high + HalfUnit;
    }

    /// <summary>This value beside <paramref name="reproduced"/>, agreeing within <see cref="HalfUnit"/>.</summary>
    public ComparisonRow Beside(double reproduced, string term, string quantity = "") =>
        new(term, quantity, Value, reproduced, HalfUnit, Decimals);

    /// <summary>This value beside <paramref name="reproduced"/> with another tolerance, and the reason for it.</summary>
    public ComparisonRow Beside(double reproduced, string term, string quantity, double tolerance, string reason) =>
        new(term, quantity, Value, reproduced, tolerance, Decimals, reason);
}
