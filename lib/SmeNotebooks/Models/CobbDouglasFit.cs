namespace SmeNotebooks.Models;

/// <summary>
/// A Cobb-Douglas model Y = β₀·Πᵢ Xᵢ^βᵢ fitted as the log-linear regression ln Y = a + Σ βᵢ ln Xᵢ + e, with
/// β₀ = e^a (Cobb and Douglas, 1928; Gujarati and Porter, Basic Econometrics, 5th ed., §7.9).
/// </summary>
public sealed class CobbDouglasFit
{
    internal CobbDouglasFit(LinearFit regression, IReadOnlyDictionary<string, int> dropped)
    {
        Regression = regression;
        Dropped = dropped;
    }

    /// <summary>The OLS fit of ln Y on ln Xᵢ (its R², F, t values and Durbin-Watson are those the papers print).</summary>
    public LinearFit Regression { get; }

    /// <summary>
    /// Cases dropped for a non-positive value, counted by the first offending column of each case (empty when
    /// nothing was dropped or the policy was <see cref="NonPositivePolicy.Throw"/>).
    /// </summary>
    public IReadOnlyDictionary<string, int> Dropped { get; }

    /// <summary>Cases used.</summary>
    public int N => Regression.N;

    /// <summary>The input names, in order.</summary>
    public IReadOnlyList<string> Inputs => Regression.Predictors;

    /// <summary>Elasticity of Y with respect to Xᵢ: βᵢ = ∂ln Y/∂ln Xᵢ, the % change in Y per 1% change in Xᵢ.</summary>
    public double Elasticity(string input) => Regression[input].Estimate;

    /// <summary>β₀ = e^a, the scale (total factor productivity) term; 1 for a model without constant.</summary>
    public double Scale => Regression.HasIntercept ? Math.Exp(Regression[LogisticRegression.ConstantName].Estimate) : 1.0;

    /// <summary>Returns to scale Σβᵢ: below 1 decreasing, 1 constant, above 1 increasing.</summary>
    public double ReturnsToScale => Inputs.Sum(Elasticity);

    /// <summary>Predicted Y in levels, β₀·Π Xᵢ^βᵢ, for inputs in the order of <see cref="Inputs"/> (all must be positive).</summary>
    public double Predict(params double[] inputs)
    {
        if (inputs.Length != Inputs.Count)
            throw new ArgumentException($"The model needs {Inputs.Count} inputs ({string.Join(", ", Inputs)}) but {inputs.Length} were given.");
        double y = Scale;
        for (int i = 0; i < inputs.Length; i++)
        {
            if (!(inputs[i] > 0)) throw new ArgumentOutOfRangeException(nameof(inputs), inputs[i], $"Input '{Inputs[i]}' must be positive: its logarithm is used.");
            y *= Math.Pow(inputs[i], Elasticity(Inputs[i]));
        }
        return y;
    }

    /// <summary>
    /// Marginal product ∂Y/∂Xᵢ = βᵢ·Y/Xᵢ at the given inputs: with 0 &lt; βᵢ &lt; 1 it falls as Xᵢ grows
    /// (diminishing returns).
    /// </summary>
    public double MarginalProduct(string input, params double[] inputs)
    {
        int i = Inputs.ToList().IndexOf(input);
        if (i < 0) throw new KeyNotFoundException($"'{input}' is not an input of this model ({string.Join(", ", Inputs)}).");
        return Elasticity(input) * Predict(inputs) / inputs[i];
    }
}
