using Microsoft.FSharp.Collections;
using Plotly.NET;

namespace SmeNotebooks.Charts;

/// <summary>
/// Builds Plotly.NET charts from plotly.js attribute names (trace and layout properties as in the plotly.js
/// reference), so the net8.0 library needs neither F# option types nor the net10.0-only Plotly.NET.CSharp.
/// </summary>
internal static class Figure
{
    /// <summary>A trace of <paramref name="type"/> with the given plotly.js attributes.</summary>
    public static Trace Trace(string type, params (string Name, object Value)[] attributes)
    {
        var trace = new Trace(type);
        foreach (var (name, value) in attributes) trace.SetProperty(name, value);
        return trace;
    }

    /// <summary>A chart of <paramref name="traces"/> with a layout of plotly.js attributes.</summary>
    public static GenericChart Chart(IEnumerable<Trace> traces, params (string Name, object Value)[] layout)
    {
        var chart = GenericChart.ofTraceObjects(true, ListModule.OfSeq(traces));
        var settings = new Layout();
        foreach (var (name, value) in layout) settings.SetProperty(name, value);
        return GenericChart.addLayout(settings, chart);
    }

    /// <summary>
    /// A chart whose dropdown (plotly updatemenus, client-side: no kernel needed) shows one group of traces at a
    /// time; the first group is visible at first.
    /// </summary>
    public static GenericChart Menu(IReadOnlyList<(string Label, Trace[] Traces)> groups, params (string Name, object Value)[] layout)
    {
        var traces = groups.SelectMany((g, i) => g.Traces.Select(t => { t.SetProperty("visible", i == 0); return t; })).ToArray();
        var owner = groups.SelectMany((g, i) => g.Traces.Select(_ => i)).ToArray();
        var buttons = groups.Select((g, i) => Object(("label", g.Label), ("method", "restyle"),
            ("args", new object[] { Object(("visible", owner.Select(o => o == i).ToArray())) }))).ToArray();
        var menu = Object(("buttons", buttons), ("direction", "down"), ("x", 0.0), ("xanchor", "left"), ("y", 1.18), ("yanchor", "top"));
        return Chart(traces, [.. layout, ("updatemenus", new object[] { menu })]);
    }

    /// <summary>A plotly.js object literal.</summary>
    public static Dictionary<string, object> Object(params (string Name, object Value)[] attributes) =>
        attributes.ToDictionary(a => a.Name, a => a.Value);

    /// <summary>An axis with a title and optional range.</summary>
    public static Dictionary<string, object> Axis(string title, double[]? range = null)
    {
        var axis = Object(("title", Object(("text", title))));
        if (range is not null) axis["range"] = range;
        return axis;
    }

    /// <summary>The qualitative colours used for series, in order.</summary>
    public static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"];

    /// <summary><paramref name="hex"/> (#rrggbb) as rgba with the given opacity, for confidence bands.</summary>
    public static string Transparent(string hex, double alpha) =>
        $"rgba({Convert.ToInt32(hex[1..3], 16)},{Convert.ToInt32(hex[3..5], 16)},{Convert.ToInt32(hex[5..7], 16)},{alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
