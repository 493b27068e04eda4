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
    /// <summary>The equation of a fitted model, at its estimates.</summary>
    public static LogitEquation Of(LogisticFit fit) => new(
        fit.Predictors, fit.Coefficients.Take(fit.Predictors.Count).Select(c => c.Estimate).ToArray(),
        fit[LogisticRegression.ConstantName].Estimate);

    /// <summary>The log-odds α + Σ βᵢxᵢ.</summary>
    public double LogOdds(params double[] values)
    {
        if (values.Length != Predictors.Count || Slopes.Count != Predictors.Count)
            throw new ArgumentException($"The equation has {Predictors.Count} predictors ({string.Join(", ", Predictors)}) but {values.Length} values were given.");
        double eta = Constant;
        for (int i = 0; i < values.Length; i++) eta += Slopes[i] * values[i];
        return eta;
    }

    /// <summary>P(Y = 1) for the profile <paramref name="values"/>.</summary>
    public double Probability(params double[] values) => 1.0 / (1.0 + Math.Exp(-LogOdds(values)));
}
