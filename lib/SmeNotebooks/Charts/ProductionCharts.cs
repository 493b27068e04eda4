using Plotly.NET;
using SmeNotebooks.Models;

namespace SmeNotebooks.Charts;

/// <summary>Charts of a Cobb-Douglas function: output and marginal product along one input, others held fixed.</summary>
public static class ProductionCharts
{
    /// <summary>
    /// Y against <paramref name="input"/> on (0, 1], one curve per level of <paramref name="held"/> (all other inputs
    /// must be these two) — the shape of the paper's Figures 2 and 3; with <paramref name="marginal"/> the curves show
    /// ∂Y/∂X instead.
    /// </summary>
    public static GenericChart AlongInput(CobbDouglasEquation equation, string input, string held, IReadOnlyList<double> heldLevels, string title,
        bool marginal = false, double from = 0.02, double to = 1.0, int points = 99)
    {
        int i = equation.Inputs.ToList().IndexOf(input), h = equation.Inputs.ToList().IndexOf(held);
        if (i < 0 || h < 0 || equation.Inputs.Count != 2) throw new ArgumentException("The chart needs a two-input function and both input names.");
        var grid = Enumerable.Range(0, points).Select(k => from + (to - from) * k / (points - 1)).ToArray();
        var traces = heldLevels.Select((level, n) =>
        {
            var y = grid.Select(x =>
            {
                var values = new double[2];
                values[i] = x;
                values[h] = level;
                return marginal ? equation.MarginalProduct(input, values) : equation.Output(values);
            }).ToArray();
            return Figure.Trace("scatter", ("x", grid), ("y", y), ("mode", "lines"), ("name", $"{held} = {level.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}"),
                ("line", Figure.Object(("color", Figure.Palette[n % Figure.Palette.Length]))));
        });
        return Figure.Chart(traces, ("title", Figure.Object(("text", title))), ("xaxis", Figure.Axis(input)),
            ("yaxis", Figure.Axis(marginal ? $"∂Y/∂{input}" : "innovation index Y")), ("width", 720), ("height", 440));
    }
}
