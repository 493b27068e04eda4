using System.Globalization;
using Plotly.NET;
using SmeNotebooks.Charts;
using Figure = SmeNotebooks.Charts.Figure;
using SmeNotebooks.Data;

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
        var names = firms.Select(f => $"Firm {f.Firm}").ToArray();
        Trace Panel(int n, string label, double[] values) => Figure.Trace("bar", ("x", names), ("y", values), ("name", label),
            ("xaxis", n == 1 ? "x" : $"x{n}"), ("yaxis", n == 1 ? "y" : $"y{n}"), ("text", values.Select(v => v.ToString("0", CultureInfo.InvariantCulture)).ToArray()),
            ("textposition", "outside"), ("cliponaxis", false), ("showlegend", false), ("marker", Figure.Object(("color", Figure.Palette[n - 1]))));
        var limit = Figure.Object(("type", "line"), ("xref", "x2 domain"), ("x0", 0), ("x1", 1), ("yref", "y2"), ("y0", employeeLimit), ("y1", employeeLimit),
            ("line", Figure.Object(("dash", "dot"), ("color", "#555"))));
        return Figure.Chart(
            [Panel(1, "age", firms.Select(f => (double)f.AgeAt(year)).ToArray()),
             Panel(2, "employees", firms.Select(f => (double)f.Employees).ToArray()),
             Panel(3, "export share", firms.Select(f => f.ExportSharePercent).ToArray())],
            ("grid", Figure.Object(("rows", 1), ("columns", 3), ("pattern", "independent"))),
            ("yaxis", Figure.Axis($"age in {year} (years)", [0, 32])), ("yaxis2", Figure.Axis("employees", [0, 60])), ("yaxis3", Figure.Axis("exports, % of sales", [0, 105])),
            ("shapes", new object[] { limit }),
            ("annotations", new object[] { Figure.Object(("xref", "x2 domain"), ("x", 0.98), ("yref", "y2"), ("y", employeeLimit), ("text", $"programme limit: under {employeeLimit + 1}"),
                ("showarrow", false), ("yanchor", "bottom"), ("xanchor", "right"), ("font", Figure.Object(("size", 10)))) }),
            ("title", Figure.Object(("text", "The five firms before the programme (Tabla 1)"))), ("width", 880), ("height", 380));
    }

    /// <summary>
    /// Profit and capacity increases per firm on a logarithmic axis — firm C's 534% and firm E's 4% both stay
    /// readable, nothing is clipped — with every bar labelled and the firms for which Tabla 3 prints nothing marked
    /// "not reported" rather than drawn as zero.
    /// </summary>
    public static GenericChart Results(IReadOnlyList<CaseResult> results)
    {
        var names = results.Select(r => $"Firm {r.Firm}").ToArray();
        Trace Series(string label, Func<CaseResult, double?> value, int colour) => Figure.Trace("bar", ("x", names),
            ("y", results.Select(r => (object?)value(r)).ToArray()), ("name", label),
            ("text", results.Select(r => value(r) is { } v ? $"{v:0}%" : "").ToArray()), ("textposition", "outside"), ("cliponaxis", false),
            ("marker", Figure.Object(("color", Figure.Palette[colour]))));
        var missing = results.Where(r => r.ProfitIncreasePercent is null && r.CapacityIncreasePercent is null)
            .Select(r => (object)Figure.Object(("x", $"Firm {r.Firm}"), ("y", 0.3), ("yref", "y"), ("text", "not reported<br>(Tabla 3 is blank)"),
                ("showarrow", false), ("font", Figure.Object(("color", "#777"))))).ToArray();
        return Figure.Chart([Series("profit increase", r => r.ProfitIncreasePercent, 0), Series("production-capacity increase", r => r.CapacityIncreasePercent, 2)],
            ("barmode", "group"), ("yaxis", Figure.Object(("type", "log"), ("title", Figure.Object(("text", "increase, % (log scale)"))), ("range", new[] { 0.0, 3.1 }))),
            ("annotations", missing), ("legend", Figure.Object(("orientation", "h"))),
            ("title", Figure.Object(("text", "Results after seven months (Tabla 3), logarithmic axis: 4% and 534% on one chart"))), ("width", 800), ("height", 440));
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
            string y = $"Firm {f.Firm}";
            traces.Add(Figure.Trace("scatter", ("x", new[] { f.FoundingYear, year }), ("y", new[] { y, y }), ("mode", "lines"), ("showlegend", false),
                ("line", Figure.Object(("color", "#999"), ("width", 2))), ("hoverinfo", "skip")));
            traces.Add(Figure.Trace("scatter", ("x", new[] { f.FoundingYear + Pathways.WindowStart, Math.Min(year, f.FoundingYear + Pathways.WindowEnd) }), ("y", new[] { y, y }),
                ("mode", "lines"), ("name", "Born Global window (2-6 years)"), ("legendgroup", "window"), ("showlegend", f == firms[0]),
                ("line", Figure.Object(("color", Figure.Transparent(Figure.Palette[4], 0.55)), ("width", 14)))));
        }
        traces.Add(Figure.Trace("scatter", ("x", firms.Select(f => f.FoundingYear).ToArray()), ("y", firms.Select(f => $"Firm {f.Firm}").ToArray()),
            ("mode", "markers"), ("name", "founded"), ("marker", Figure.Object(("symbol", "circle-open"), ("size", 10), ("color", "#333")))));
        traces.Add(Figure.Trace("scatter", ("x", firms.Select(_ => year).ToArray()), ("y", firms.Select(f => $"Firm {f.Firm}").ToArray()), ("mode", "markers+text"),
            ("name", $"exports in {year} (% of sales)"), ("text", firms.Select(f => f.Exports ? $"{f.ExportSharePercent:0}% to {f.ExportDestinationEn}" : "no exports").ToArray()),
            ("textposition", "middle right"), ("marker", Figure.Object(("size", firms.Select(f => 10 + f.ExportSharePercent / 4).ToArray()),
                ("color", firms.Select(f => f.Exports ? Figure.Palette[1] : "#bbb").ToArray())))));
        return Figure.Chart(traces, ("xaxis", Figure.Axis("year", [1988, year + 9])), ("yaxis", Figure.Object(("autorange", "reversed"))),
            ("legend", Figure.Object(("orientation", "h"), ("y", -0.3))), ("title", Figure.Object(("text", "Founding, the Born Global window and exports in 2017"))),
            ("width", 900), ("height", 380));
    }

    /// <summary>A heat map of SWOT item counts, firms × quadrants, each cell labelled with its count.</summary>
    public static GenericChart SwotCounts(string[] firms, int[,] counts)
    {
        var z = Enumerable.Range(0, firms.Length).Select(f => Enumerable.Range(0, Swot.Quadrants.Length).Select(q => counts[f, q]).ToArray()).ToArray();
        return Figure.Chart([Figure.Trace("heatmap", ("x", Swot.Quadrants), ("y", firms.Select(f => $"Firm {f}").ToArray()), ("z", z),
                ("texttemplate", "%{z}"), ("colorscale", "Blues"), ("reversescale", true), ("colorbar", Figure.Object(("title", Figure.Object(("text", "items"))))))],
            ("yaxis", Figure.Object(("autorange", "reversed"))), ("title", Figure.Object(("text", "Diagnosis: SWOT items per firm and quadrant (Tabla 2)"))),
            ("width", 640), ("height", 380));
    }

    /// <summary>Stacked bars: each firm's action-plan items by the programme pillar they serve (<paramref name="pillars"/> in order).</summary>
    public static GenericChart ActionsByPillar(string[] firms, string[] pillars, int[,] counts, string title)
    {
        var traces = pillars.Select((p, k) => Figure.Trace("bar", ("x", firms.Select(f => $"Firm {f}").ToArray()),
            ("y", Enumerable.Range(0, firms.Length).Select(f => counts[f, k]).ToArray()), ("name", p),
            ("marker", Figure.Object(("color", Figure.Palette[k % Figure.Palette.Length])))));
        return Figure.Chart(traces, ("barmode", "stack"), ("yaxis", Figure.Axis("actions in the plan")), ("legend", Figure.Object(("orientation", "h"))),
            ("title", Figure.Object(("text", title))), ("width", 760), ("height", 420));
    }
}
