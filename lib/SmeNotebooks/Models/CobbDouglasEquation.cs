using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// A Cobb-Douglas function with given coefficients, Y = β₀·Πᵢ Xᵢ^βᵢ (the "exponential model" of log-linear papers) — for
/// evaluating a published model, such as Table 11's Y = X1^0.154·X3^0.397, without its data.
/// </summary>
/// <param name="Inputs">Input names, in the order values are given.</param>
/// <param name="Elasticities">βᵢ: the % change in Y per 1% change in Xᵢ.</param>
/// <param name="Scale">β₀ (1 for a model estimated without constant).</param>
public sealed record CobbDouglasEquation(IReadOnlyList<string> Inputs, IReadOnlyList<double> Elasticities, double Scale = 1.0)
{
    /// <summary>Y = β₀·Π Xᵢ^βᵢ; every input must be positive.</summary>
    public double Output(params double[] inputs)
    {
        if (inputs.Length != Inputs.Count || Elasticities.Count != Inputs.Count)
            throw new ArgumentException(Localized.Format(Strings.Error_InputCount, Inputs.Count, string.Join(", ", Inputs), inputs.Length));
        double y = Scale;
        for (int i = 0; i < inputs.Length; i++)
        {
            if (!(inputs[i] > 0)) throw new ArgumentOutOfRangeException(nameof(inputs), inputs[i], Localized.Format(Strings.Error_InputPositive, Inputs[i]));
            y *= Math.Pow(inputs[i], Elasticities[i]);
        }
        return y;
    }

    /// <summary>Marginal product ∂Y/∂Xᵢ = βᵢ·Y/Xᵢ: falls as Xᵢ grows when 0 &lt; βᵢ &lt; 1 (diminishing returns).</summary>
    public double MarginalProduct(string input, params double[] inputs)
    {
        int i = Inputs.ToList().IndexOf(input);
        if (i < 0) throw new KeyNotFoundException(Localized.Format(Strings.Error_NotAnInput, input, string.Join(", ", Inputs)));
        return Elasticities[i] * Output(inputs) / inputs[i];
    }

    /// <summary>Returns to scale Σβᵢ: multiplying every input by λ multiplies Y by λ^Σβᵢ.</summary>
    public double ReturnsToScale => Elasticities.Sum();

    /// <summary>The factor by which Y changes when input <paramref name="input"/> goes from <paramref name="from"/> to <paramref name="to"/>, others fixed: (to/from)^β.</summary>
    public double ChangeFactor(string input, double from, double to)
    {
        int i = Inputs.ToList().IndexOf(input);
        if (i < 0) throw new KeyNotFoundException(Localized.Format(Strings.Error_NotAnInput, input, string.Join(", ", Inputs)));
        if (!(from > 0 && to > 0)) throw new ArgumentOutOfRangeException(nameof(from), Strings.Error_LevelsPositive);
        return Math.Pow(to / from, Elasticities[i]);
    }
}
