using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// A logistic equation with given coefficients, P(Y = 1) = 1 / (1 + exp(−α − Σ βᵢXᵢ)) — for
/// evaluating a published model from its printed B values, without its data.
/// </summary>
/// <param name="Predictors">Predictor names, in the order values are given.</param>
/// <param name="Slopes">βᵢ, one per predictor.</param>
/// <param name="Constant">α, the intercept.</param>
public sealed record LogitEquation(IReadOnlyList<string> Predictors, IReadOnlyList<double> Slopes, double Constant)
{
    /// <summary>The log-odds α + Σ βᵢxᵢ.</summary>
    public double LogOdds(params double[] values)
    {
        if (values.Length != Predictors.Count || Slopes.Count != Predictors.Count)
            throw new ArgumentException(Localized.Format(Strings.Error_ProfileLength, Predictors.Count, string.Join(", ", Predictors), values.Length));
        return GroupedLogit.LogOdds(values, [.. Slopes, Constant]);
    }

    /// <summary>P(Y = 1) for the profile <paramref name="values"/>.</summary>
    public double Probability(params double[] values) => LogisticFunction.Of(LogOdds(values));
}
