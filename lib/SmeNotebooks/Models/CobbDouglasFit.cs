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
    public double Scale => Regression.HasIntercept ? Math.Exp(Regression[ModelTerms.Constant].Estimate) : 1.0;

    /// <summary>
    /// The fitted function as an equation, Y = β₀·Π Xᵢ^βᵢ with β₀ = <see cref="Scale"/> and βᵢ the elasticities: its
    /// output, marginal products, returns to scale and change factors.
    /// </summary>
    public CobbDouglasEquation Equation => new(Inputs, Inputs.Select(Elasticity).ToArray(), Scale);
}
