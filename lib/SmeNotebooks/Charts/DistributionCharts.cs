using System.ComponentModel;
using Plotly.NET;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Charts;

/// <summary>Charts of one variable's distribution.</summary>
public static class DistributionCharts
{
    /// <summary>A histogram of <paramref name="values"/> with vertical lines at <paramref name="cutPoints"/>.</summary>
    public static GenericChart Histogram(IReadOnlyList<double> values, [Localizable(true)] string title, [Localizable(true)] string xTitle, IReadOnlyList<double>? cutPoints = null, int bins = 20)
    {
        var histogram = Figure.Trace("histogram", ("x", values.ToArray()), ("nbinsx", bins), ("name", xTitle),
            ("marker", Figure.Object(("color", Figure.Palette[0]))));
        var shapes = (cutPoints ?? []).Select(c => (object)Figure.Object(("type", "line"), ("x0", c), ("x1", c), ("yref", "paper"), ("y0", 0.0), ("y1", 1.0),
            ("line", Figure.Object(("color", Figure.Palette[1]), ("dash", "dash"))))).ToArray();
        return Figure.Chart([histogram], ("title", Figure.Object(("text", title))), ("xaxis", Figure.Axis(xTitle)), ("yaxis", Figure.Axis(Strings.Survey_Firms)),
            ("shapes", shapes), ("bargap", 0.05), ("width", 700), ("height", 400));
    }
}
