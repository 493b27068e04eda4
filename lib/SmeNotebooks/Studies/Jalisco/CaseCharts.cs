using System.ComponentModel;
using System.Globalization;
using Plotly.NET;
using SmeNotebooks.Charts;
using Figure = SmeNotebooks.Charts.Figure;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>Charts of the Jalisco case study (five firms): profiles, results, theory placement, SWOT and action plans.</summary>
public static class CaseCharts
{
    /// <summary>
    /// Three panels, one bar per firm: age in <paramref name="year"/>, employees (with the programme's limit of
    /// fewer than 50 drawn), and exports as a % of sales before the programme.
    /// </summary>
    public static GenericChart Profiles(IReadOnlyList<CaseFirm> firms, int year, int employeeLimit)
    {
        var names = firms.Select(f => FirmName(f.Firm)).ToArray();
        Trace Panel(int n, string label, double[] values) => Figure.Trace("bar", ("x", names), ("y", values), ("name", label),
            ("xaxis", n == 1 ? "x" : $"x{n}"), ("yaxis", n == 1 ? "y" : $"y{n}"), ("text", values.Select(v => v.ToString("0", CultureInfo.InvariantCulture)).ToArray()),
            ("textposition", "outside"), ("cliponaxis", false), ("showlegend", false), ("marker", Figure.Object(("color", Figure.Palette[n - 1]))));
        var limit = Figure.Object(("type", "line"), ("xref", "x2 domain"), ("x0", 0), ("x1", 1), ("yref", "y2"), ("y0", employeeLimit), ("y1", employeeLimit),
            ("line", Figure.Object(("dash", "dot"), ("color", "#555"))));
        return Figure.Chart(
            [Panel(1, JaliscoStrings.Profiles_Age, firms.Select(f => (double)f.AgeAt(year)).ToArray()),
             Panel(2, JaliscoStrings.Profiles_Employees, firms.Select(f => (double)f.Employees).ToArray()),
             Panel(3, JaliscoStrings.Profiles_ExportShare, firms.Select(f => f.ExportSharePercent).ToArray())],
            ("grid", Figure.Object(("rows", 1), ("columns", 3), ("pattern", "independent"))),
            ("yaxis", Figure.Axis(Localized.Format(JaliscoStrings.Profiles_AgeAxis, year), [0, 32])), ("yaxis2", Figure.Axis(JaliscoStrings.Profiles_Employees, [0, 60])), ("yaxis3", Figure.Axis(JaliscoStrings.Profiles_ExportsAxis, [0, 105])),
            ("shapes", new object[] { limit }),
            ("annotations", new object[] { Figure.Object(("xref", "x2 domain"), ("x", 0.98), ("yref", "y2"), ("y", employeeLimit), ("text", Localized.Format(JaliscoStrings.Profiles_Limit, employeeLimit + 1)),
                ("showarrow", false), ("yanchor", "bottom"), ("xanchor", "right"), ("font", Figure.Object(("size", 10)))) }),
            ("title", Figure.Object(("text", JaliscoStrings.Profiles_Title))), ("width", 880), ("height", 380));
    }

    /// <summary>
    /// Profit and capacity increases per firm on a logarithmic axis — firm C's 534% and firm E's 4% both stay
    /// readable, nothing is clipped — with every bar labelled and the firms for which Tabla 3 prints nothing marked
    /// "not reported" rather than drawn as zero.
    /// </summary>
    public static GenericChart Results(IReadOnlyList<CaseResult> results)
    {
        var names = results.Select(r => FirmName(r.Firm)).ToArray();
        Trace Series(string label, Func<CaseResult, double?> value, int colour) => Figure.Trace("bar", ("x", names),
            ("y", results.Select(r => (object?)value(r)).ToArray()), ("name", label),
            ("text", results.Select(r => value(r) is { } v ? $"{v:0}%" : "").ToArray()), ("textposition", "outside"), ("cliponaxis", false),
            ("marker", Figure.Object(("color", Figure.Palette[colour]))));
        var missing = results.Where(r => r.ProfitIncreasePercent is null && r.CapacityIncreasePercent is null)
            .Select(r => (object)Figure.Object(("x", FirmName(r.Firm)), ("y", 0.3), ("yref", "y"), ("text", JaliscoStrings.Results_NotReported),
                ("showarrow", false), ("font", Figure.Object(("color", "#777"))))).ToArray();
        return Figure.Chart([Series(JaliscoStrings.Results_Profit, r => r.ProfitIncreasePercent, 0), Series(JaliscoStrings.Results_Capacity, r => r.CapacityIncreasePercent, 2)],
            ("barmode", "group"), ("yaxis", Figure.Object(("type", "log"), ("title", Figure.Object(("text", JaliscoStrings.Results_Axis))), ("range", new[] { 0.0, 3.1 }))),
            ("annotations", missing), ("legend", Figure.Object(("orientation", "h"))),
            ("title", Figure.Object(("text", JaliscoStrings.Results_Title))), ("width", 800), ("height", 440));
    }

    /// <summary>
    /// Each firm's life from founding to <paramref name="year"/>, the Born Global window (2-6 years after founding)
    /// shaded, and the firm's export status in <paramref name="year"/> at the end of its line.
    /// </summary>
    public static GenericChart Timeline(IReadOnlyList<CaseFirm> firms, int year)
    {
        var traces = new List<Trace>();
        foreach (var f in firms)
        {
            string y = FirmName(f.Firm);
            traces.Add(Figure.Trace("scatter", ("x", new[] { f.FoundingYear, year }), ("y", new[] { y, y }), ("mode", "lines"), ("showlegend", false),
                ("line", Figure.Object(("color", "#999"), ("width", 2))), ("hoverinfo", "skip")));
            traces.Add(Figure.Trace("scatter", ("x", new[] { f.FoundingYear + Pathways.WindowStart, Math.Min(year, f.FoundingYear + Pathways.WindowEnd) }), ("y", new[] { y, y }),
                ("mode", "lines"), ("name", JaliscoStrings.Timeline_Window), ("legendgroup", "window"), ("showlegend", f == firms[0]),
                ("line", Figure.Object(("color", Figure.Transparent(Figure.Palette[4], 0.55)), ("width", 14)))));
        }
        traces.Add(Figure.Trace("scatter", ("x", firms.Select(f => f.FoundingYear).ToArray()), ("y", firms.Select(f => FirmName(f.Firm)).ToArray()),
            ("mode", "markers"), ("name", JaliscoStrings.Timeline_Founded), ("marker", Figure.Object(("symbol", "circle-open"), ("size", 10), ("color", "#333")))));
        traces.Add(Figure.Trace("scatter", ("x", firms.Select(_ => year).ToArray()), ("y", firms.Select(f => FirmName(f.Firm)).ToArray()), ("mode", "markers+text"),
            ("name", Localized.Format(JaliscoStrings.Timeline_Exports, year)),
            ("text", firms.Select(f => f.Exports ? Localized.Format(JaliscoStrings.Timeline_ExportsTo, f.ExportSharePercent.ToString("0", CultureInfo.InvariantCulture), f.ExportDestination?.ForReader) : JaliscoStrings.Timeline_NoExports).ToArray()),
            ("textposition", "middle right"), ("marker", Figure.Object(("size", firms.Select(f => 10 + f.ExportSharePercent / 4).ToArray()),
                ("color", firms.Select(f => f.Exports ? Figure.Palette[1] : "#bbb").ToArray())))));
        return Figure.Chart(traces, ("xaxis", Figure.Axis(JaliscoStrings.Timeline_Year, [1988, year + 9])), ("yaxis", Figure.Object(("autorange", "reversed"))),
            ("legend", Figure.Object(("orientation", "h"), ("y", -0.3))), ("title", Figure.Object(("text", Localized.Format(JaliscoStrings.Timeline_Title, year)))),
            ("width", 900), ("height", 380));
    }

    /// <summary>A heat map of SWOT item counts, firms × quadrants, each cell labelled with its count.</summary>
    public static GenericChart SwotCounts(string[] firms, int[,] counts)
    {
        var z = Enumerable.Range(0, firms.Length).Select(f => Enumerable.Range(0, Swot.Quadrants.Length).Select(q => counts[f, q]).ToArray()).ToArray();
        return Figure.Chart([Figure.Trace("heatmap", ("x", Swot.QuadrantNames.ToArray()), ("y", firms.Select(FirmName).ToArray()), ("z", z),
                ("texttemplate", "%{z}"), ("colorscale", "Blues"), ("reversescale", true), ("colorbar", Figure.Object(("title", Figure.Object(("text", JaliscoStrings.Swot_Items))))))],
            ("yaxis", Figure.Object(("autorange", "reversed"))), ("title", Figure.Object(("text", JaliscoStrings.Swot_Title))),
            ("width", 640), ("height", 380));
    }

    /// <summary>Stacked bars: each firm's action-plan items by the programme pillar they serve (<paramref name="pillars"/> in order).</summary>
    public static GenericChart ActionsByPillar(string[] firms, string[] pillars, int[,] counts, [Localizable(true)] string title)
    {
        var traces = pillars.Select((p, k) => Figure.Trace("bar", ("x", firms.Select(FirmName).ToArray()),
            ("y", Enumerable.Range(0, firms.Length).Select(f => counts[f, k]).ToArray()), ("name", p),
            ("marker", Figure.Object(("color", Figure.Palette[k % Figure.Palette.Length])))));
        return Figure.Chart(traces, ("barmode", "stack"), ("yaxis", Figure.Axis(JaliscoStrings.Actions_Axis)), ("legend", Figure.Object(("orientation", "h"))),
            ("title", Figure.Object(("text", title))), ("width", 760), ("height", 420));
    }

    /// <summary>"Firm A" in the reader's language.</summary>
    private static string FirmName(string firm) => Localized.Format(JaliscoStrings.Firm, firm);
}
