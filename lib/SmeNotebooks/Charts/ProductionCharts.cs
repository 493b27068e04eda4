using System.ComponentModel;
using Plotly.NET;
using SmeNotebooks.Models;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Charts;

/// <summary>Charts of a Cobb-Douglas function: output and marginal product along one input, others held fixed.</summary>
public static class ProductionCharts
{
    /// <summary>
    /// Y against <paramref name="input"/> on (0, 1], one curve per level of <paramref name="held"/> (all other inputs
    /// must be these two) — diminishing returns drawn as papers draw them; with <paramref name="marginal"/> the curves
    /// show ∂Y/∂X instead. <paramref name="output"/> names Y on the vertical axis.
    /// </summary>
    public static GenericChart AlongInput(CobbDouglasEquation equation, string input, string held, IReadOnlyList<double> heldLevels, [Localizable(true)] string title,
        bool marginal = false, double from = 0.02, double to = 1.0, int points = 99, [Localizable(true)] string output = "Y")
    {
        int i = equation.Inputs.ToList().IndexOf(input), h = equation.Inputs.ToList().IndexOf(held);
        if (i < 0 || h < 0 || equation.Inputs.Count != 2) throw new ArgumentException(Strings.Error_TwoInputChart);
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
            return Figure.Trace("scatter", ("x", grid), ("y", y), ("mode", "lines"), ("name", $"{held} = {level.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}"),
                ("line", Figure.Object(("color", Figure.Palette[n % Figure.Palette.Length]))));
        });
        return Figure.Chart(traces, ("title", Figure.Object(("text", title))), ("xaxis", Figure.Axis(input)),
            ("yaxis", Figure.Axis(marginal ? $"∂Y/∂{input}" : output)), ("width", 720), ("height", 440));
    }

    /// <summary>
    /// A client-side what-if: Y against <paramref name="input"/> for one level of <paramref name="held"/> at a time,
    /// chosen in a dropdown (works in the static page), with the marginal product on hover. <paramref name="output"/>
    /// names Y on the vertical axis.
    /// </summary>
    public static GenericChart WhatIfMenu(CobbDouglasEquation equation, string input, string held, IReadOnlyList<double> heldLevels, [Localizable(true)] string title, [Localizable(true)] string output = "Y")
    {
        int i = equation.Inputs.ToList().IndexOf(input), h = equation.Inputs.ToList().IndexOf(held);
        if (i < 0 || h < 0 || equation.Inputs.Count != 2) throw new ArgumentException(Strings.Error_TwoInputChart);
        var grid = Enumerable.Range(0, 99).Select(k => 0.02 + 0.98 * k / 98).ToArray();
        var groups = heldLevels.Select(level =>
        {
            double[] At(double x) { var v = new double[2]; v[i] = x; v[h] = level; return v; }
            var trace = Figure.Trace("scatter", ("x", grid), ("y", grid.Select(x => equation.Output(At(x))).ToArray()), ("mode", "lines"),
                ("customdata", grid.Select(x => equation.MarginalProduct(input, At(x))).ToArray()),
                ("hovertemplate", $"{input} = %{{x:.2f}}<br>Y = %{{y:.3f}}<br>∂Y/∂{input} = %{{customdata:.3f}}<extra></extra>"),
                ("line", Figure.Object(("color", Figure.Palette[0]))));
            return ($"{held} = {level.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}", new[] { trace });
        }).ToArray();
        return Figure.Menu(groups, ("title", Figure.Object(("text", title))), ("xaxis", Figure.Axis(input, [0, 1])),
            ("yaxis", Figure.Axis(output, [0, 1])), ("width", 720), ("height", 460));
    }
}
