using System.ComponentModel;
using Plotly.NET;
using SmeNotebooks.Localization;
using SmeNotebooks.Models;

namespace SmeNotebooks.Charts;

/// <summary>Charts of a fitted logistic regression: probability and marginal-effect curves with 95% bands, heat maps, ROC, what-if menus.</summary>
public static class LogitCharts
{
    /// <summary>
    /// P(Y = 1) against <paramref name="variable"/> from <paramref name="from"/> to <paramref name="to"/>, one curve per
    /// profile, each with its 95% band (delta method on the logit scale, see <see cref="LogisticFit.Predict(double[])"/>).
    /// The axes read <paramref name="xTitle"/> and <paramref name="yTitle"/> — words, such as "P(internationalized)" —
    /// or, when not given, the variable's and the outcome's names.
    /// </summary>
    public static GenericChart ProbabilityCurves(LogisticFit fit, string variable, double from, double to, IReadOnlyList<Profile> profiles,
        [Localizable(true)] string title, [Localizable(true)] string? xTitle = null, [Localizable(true)] string? yTitle = null, int points = 81)
    {
        var traces = profiles.SelectMany((profile, i) => CurveWithBand(Grid(from, to, points), x => fit.Predict(With(fit, profile, variable, x)) is var p
            ? (p.Probability, p.Lower95, p.Upper95) : default, profile.Label, Figure.Palette[i % Figure.Palette.Length], true));
        return Figure.Chart(traces, ("title", Figure.Object(("text", title))), ("xaxis", Figure.Axis(xTitle ?? variable)),
            ("yaxis", Figure.Axis(yTitle ?? $"P({fit.Outcome})", [0, 1])), ("width", 760), ("height", 460));
    }

    /// <summary>The marginal effect ∂P/∂<paramref name="variable"/> = β·P(1 − P) along the same grid, with 95% delta-method bands.</summary>
    public static GenericChart MarginalEffectCurves(LogisticFit fit, string variable, double from, double to, IReadOnlyList<Profile> profiles,
        [Localizable(true)] string title, int points = 81)
    {
        var traces = profiles.SelectMany((profile, i) => CurveWithBand(Grid(from, to, points), x => fit.MarginalEffect(variable, With(fit, profile, variable, x)) is var m
            ? (m.Effect, m.Lower95, m.Upper95) : default, profile.Label, Figure.Palette[i % Figure.Palette.Length], true));
        return Figure.Chart(traces, ("title", Figure.Object(("text", title))), ("xaxis", Figure.Axis(variable)),
            ("yaxis", Figure.Axis($"dP/d{variable}")), ("width", 760), ("height", 460));
    }

    /// <summary>
    /// A client-side what-if: the probability curves of every profile are in the page, a dropdown shows one at a
    /// time (plotly's updatemenus, no kernel needed). The axes are titled as in <see cref="ProbabilityCurves"/>.
    /// </summary>
    public static GenericChart WhatIfMenu(LogisticFit fit, string variable, double from, double to, IReadOnlyList<Profile> profiles, [Localizable(true)] string title,
        [Localizable(true)] string? xTitle = null, [Localizable(true)] string? yTitle = null) =>
        Figure.Menu(profiles.Select(profile => (profile.Label, CurveWithBand(Grid(from, to, 81),
                x => fit.Predict(With(fit, profile, variable, x)) is var p ? (p.Probability, p.Lower95, p.Upper95) : default,
                profile.Label, Figure.Palette[0], false).ToArray())).ToArray(),
            ("title", Figure.Object(("text", title))), ("xaxis", Figure.Axis(xTitle ?? variable)),
            ("yaxis", Figure.Axis(yTitle ?? $"P({fit.Outcome})", [0, 1])), ("width", 760), ("height", 480));

    /// <summary>A heat map of <paramref name="z"/>[row, column] with the value printed in each cell.</summary>
    public static GenericChart Heatmap(double[,] z, IReadOnlyList<string> columns, IReadOnlyList<string> rows, [Localizable(true)] string title, string format = "0.00")
    {
        var values = Enumerable.Range(0, z.GetLength(0)).Select(r => Enumerable.Range(0, z.GetLength(1)).Select(c => z[r, c]).ToArray()).ToArray();
        var text = values.Select(r => r.Select(v => v.ToString(format, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var trace = Figure.Trace("heatmap", ("z", values), ("x", columns.ToArray()), ("y", rows.ToArray()), ("text", text),
            ("texttemplate", "%{text}"), ("zmin", 0.0), ("zmax", 1.0), ("colorscale", "Blues"), ("reversescale", true));
        return Figure.Chart([trace], ("title", Figure.Object(("text", title))), ("width", 520), ("height", 380));
    }

    /// <summary>The ROC curve with the chance diagonal and the AUC in the title.</summary>
    public static GenericChart Roc(RocCurve roc, [Localizable(true)] string title)
    {
        var curve = Figure.Trace("scatter", ("x", roc.Points.Select(p => 1 - p.Specificity).ToArray()), ("y", roc.Points.Select(p => p.Sensitivity).ToArray()),
            ("mode", "lines"), ("name", Strings.Roc_Model), ("line", Figure.Object(("shape", "hv"))));
        var chance = Figure.Trace("scatter", ("x", new[] { 0.0, 1 }), ("y", new[] { 0.0, 1 }), ("mode", "lines"), ("name", Strings.Roc_Chance),
            ("line", Figure.Object(("dash", "dot"), ("color", "#999"))));
        return Figure.Chart([curve, chance], ("title", Figure.Object(("text", $"{title} (AUC = {roc.Auc.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)})"))),
            ("xaxis", Figure.Axis(Strings.Roc_FalsePositiveRate, [0, 1])), ("yaxis", Figure.Axis(Strings.Roc_Sensitivity, [0, 1])), ("width", 520), ("height", 500));
    }

    private static double[] Grid(double from, double to, int points) =>
        Enumerable.Range(0, points).Select(i => from + (to - from) * i / (points - 1)).ToArray();

    private static double[] With(LogisticFit fit, Profile profile, string variable, double x)
    {
        var values = (double[])profile.Values.Clone();
        values[fit.Predictors.ToList().IndexOf(variable) is var j && j >= 0 ? j : throw new KeyNotFoundException(Localized.Format(Strings.Error_NotAPredictor, variable, string.Join(", ", fit.Predictors)))] = x;
        return values;
    }

    /// <summary>A line and its band (upper edge, then lower edge filled to it).</summary>
    private static IEnumerable<Trace> CurveWithBand(double[] grid, Func<double, (double Value, double Lower, double Upper)> at, string label, string color, bool legend)
    {
        var points = grid.Select(at).ToArray();
        yield return Figure.Trace("scatter", ("x", grid), ("y", points.Select(p => p.Upper).ToArray()), ("mode", "lines"),
            ("line", Figure.Object(("width", 0))), ("showlegend", false), ("hoverinfo", "skip"), ("legendgroup", label));
        yield return Figure.Trace("scatter", ("x", grid), ("y", points.Select(p => p.Lower).ToArray()), ("mode", "lines"),
            ("line", Figure.Object(("width", 0))), ("fill", "tonexty"), ("fillcolor", Figure.Transparent(color, 0.18)),
            ("showlegend", false), ("hoverinfo", "skip"), ("legendgroup", label));
        yield return Figure.Trace("scatter", ("x", grid), ("y", points.Select(p => p.Value).ToArray()), ("mode", "lines"), ("name", label),
            ("line", Figure.Object(("color", color))), ("legendgroup", label), ("showlegend", legend));
    }
}
