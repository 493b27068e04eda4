using System.ComponentModel;
using System.Globalization;
using Plotly.NET;
using SmeNotebooks.Charts;
using Figure = SmeNotebooks.Charts.Figure;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.ValueChains;

/// <summary>
/// Charts of the value-chain chapter's evidence (McDermott and Pietrobelli 2017): Fig. 1, Table 1 and facts in its text.
/// Regions and countries are shown by <see cref="PlaceNames.Display"/>, in the reader's language; the data keep the chapter's names.
/// </summary>
public static class GvcCharts
{
    private static readonly string[] LatinAmerica = ["Latin America and Caribbean", "Central America", "Caribbean", "South America"];
    private static readonly string[] Comparators = ["East and South-East Asia", "Transition economies", "European Union"];

    /// <summary>
    /// Horizontal bars of the cleaned participation rates in Fig. 1's order: Latin America red, its comparators
    /// (East and South-East Asia, transition economies, the EU) blue, others grey; a value lost in extraction is
    /// marked as such, not drawn.
    /// </summary>
    public static GenericChart Participation(IReadOnlyList<RegionParticipation> rows)
    {
        string Colour(string region) => LatinAmerica.Contains(region) ? Figure.Palette[1] : Comparators.Contains(region) ? Figure.Palette[0] : "#aaa";
        var regions = rows.Select(r => PlaceNames.Display(r.Region)).ToArray();
        var bars = Figure.Trace("bar", ("y", regions), ("x", rows.Select(r => (object?)r.ParticipationPercent).ToArray()), ("orientation", "h"),
            ("marker", Figure.Object(("color", rows.Select(r => Colour(r.Region)).ToArray()))), ("showlegend", false),
            ("text", rows.Select(r => r.ParticipationPercent is { } p ? $"{p:0}%" : "").ToArray()), ("textposition", "outside"), ("cliponaxis", false));
        var lost = rows.Where(r => r.ParticipationPercent is null).Select(r => (object)Figure.Object(("x", 2), ("y", PlaceNames.Display(r.Region)), ("xanchor", "left"),
            ("text", ValueChainsStrings.Participation_Damaged), ("showarrow", false), ("font", Figure.Object(("color", "#a00"))))).ToArray();
        return Figure.Chart([bars], ("xaxis", Figure.Axis(ValueChainsStrings.Participation_Axis, [0, 75])),
            ("yaxis", Figure.Object(("autorange", "reversed"), ("automargin", true))), ("annotations", lost),
            ("title", Figure.Object(("text", ValueChainsStrings.Participation_Title))),
            ("width", 860), ("height", 560));
    }

    /// <summary>
    /// The growth-rate column as extracted (parsed naively) and after cleaning, on a logarithmic axis so the
    /// tenfold slips stand out: a lesson in why a column's odd-looking values need a reason before they are used.
    /// </summary>
    public static GenericChart GrowthRawVersusCleaned(IReadOnlyList<string> regions, IReadOnlyList<double> raw, IReadOnlyList<double?> cleaned)
    {
        var names = regions.Select(PlaceNames.Display).ToArray();
        var asExtracted = Figure.Trace("scatter", ("y", names), ("x", raw.ToArray()), ("mode", "markers"), ("name", ValueChainsStrings.Growth_AsExtracted),
            ("marker", Figure.Object(("symbol", "x"), ("size", 10), ("color", Figure.Palette[1]))));
        var afterCleaning = Figure.Trace("scatter", ("y", names), ("x", cleaned.Select(v => (object?)v).ToArray()), ("mode", "markers"), ("name", ValueChainsStrings.Growth_Cleaned),
            ("marker", Figure.Object(("size", 9), ("color", Figure.Palette[0]))));
        return Figure.Chart([asExtracted, afterCleaning], ("xaxis", Figure.Object(("type", "log"), ("title", Figure.Object(("text", ValueChainsStrings.Growth_Axis))))),
            ("yaxis", Figure.Object(("autorange", "reversed"), ("automargin", true))), ("legend", Figure.Object(("orientation", "h"), ("y", -0.2))),
            ("title", Figure.Object(("text", ValueChainsStrings.Growth_Title))), ("width", 860), ("height", 560));
    }

    /// <summary>Stacked bars: upstream (foreign value added, from the text) and the implied downstream component (participation − upstream).</summary>
    public static GenericChart Components(IReadOnlyList<(string Region, double Upstream, double Downstream)> rows)
    {
        var regions = rows.Select(r => PlaceNames.Display(r.Region)).ToArray();
        Trace Part(string name, double[] values, int colour) => Figure.Trace("bar", ("x", regions), ("y", values), ("name", name),
            ("text", values.Select(v => v.ToString("0", CultureInfo.InvariantCulture)).ToArray()), ("textposition", "inside"),
            ("marker", Figure.Object(("color", Figure.Palette[colour]))));
        return Figure.Chart([Part(ValueChainsStrings.Components_Upstream, rows.Select(r => r.Upstream).ToArray(), 3),
                Part(ValueChainsStrings.Components_Downstream, rows.Select(r => r.Downstream).ToArray(), 5)],
            ("barmode", "stack"), ("yaxis", Figure.Axis(ValueChainsStrings.Components_Axis)), ("legend", Figure.Object(("orientation", "h"), ("y", -0.2))),
            ("title", Figure.Object(("text", ValueChainsStrings.Components_Title))), ("width", 820), ("height", 460));
    }

    /// <summary>
    /// A dumbbell per country: SMEs' share of exporting firms against their share of export value (Table 1), with
    /// the typical EU country's SME share of export value (about half, p. 317) as a reference line.
    /// </summary>
    public static GenericChart ExportersVersusValue(IReadOnlyList<SmeExportProfile> countries, double euShareOfValue)
    {
        var traces = new List<Trace>();
        foreach (var c in countries)
            traces.Add(Figure.Trace("scatter", ("x", new[] { c.SmeShareOfExportValuePercent, c.SmeShareOfExportersPercent }), ("y", new[] { PlaceNames.Display(c.Country), PlaceNames.Display(c.Country) }),
                ("mode", "lines"), ("showlegend", false), ("hoverinfo", "skip"), ("line", Figure.Object(("color", "#bbb"), ("width", 4)))));
        traces.Add(Figure.Trace("scatter", ("x", countries.Select(c => c.SmeShareOfExportersPercent).ToArray()), ("y", countries.Select(c => PlaceNames.Display(c.Country)).ToArray()),
            ("mode", "markers"), ("name", ValueChainsStrings.Exporters_Firms), ("marker", Figure.Object(("size", 12), ("color", Figure.Palette[0])))));
        traces.Add(Figure.Trace("scatter", ("x", countries.Select(c => c.SmeShareOfExportValuePercent).ToArray()), ("y", countries.Select(c => PlaceNames.Display(c.Country)).ToArray()),
            ("mode", "markers"), ("name", ValueChainsStrings.Exporters_Value), ("marker", Figure.Object(("size", 12), ("color", Figure.Palette[1])))));
        var eu = Figure.Object(("type", "line"), ("x0", euShareOfValue), ("x1", euShareOfValue), ("yref", "paper"), ("y0", 0), ("y1", 1),
            ("line", Figure.Object(("dash", "dot"), ("color", Figure.Palette[1]))));
        return Figure.Chart(traces, ("xaxis", Figure.Axis("%", [0, 100])), ("shapes", new object[] { eu }),
            ("annotations", new object[] { Figure.Object(("x", euShareOfValue), ("y", 1.02), ("yref", "paper"), ("text", ValueChainsStrings.Exporters_Eu),
                ("showarrow", false), ("font", Figure.Object(("color", Figure.Palette[1]))), ("yanchor", "bottom")) }),
            ("legend", Figure.Object(("orientation", "h"), ("y", -0.2))),
            ("title", Figure.Object(("text", ValueChainsStrings.Exporters_Title))), ("width", 820), ("height", 440));
    }

    /// <summary>Range bars for stated ranges (e.g. small firms' productivity relative to large firms, 16-36% vs 63-75%).</summary>
    public static GenericChart Ranges(IReadOnlyList<(string Label, StatedFact Fact)> ranges, [Localizable(true)] string axisTitle, [Localizable(true)] string title)
    {
        var labels = ranges.Select(r => PlaceNames.Display(r.Label)).ToArray();
        var bars = Figure.Trace("bar", ("y", labels), ("x", ranges.Select(r => r.Fact.High - r.Fact.Low).ToArray()), ("base", ranges.Select(r => r.Fact.Low).ToArray()),
            ("orientation", "h"), ("showlegend", false), ("marker", Figure.Object(("color", labels.Select((_, i) => Figure.Palette[i % Figure.Palette.Length]).ToArray()))),
            ("text", ranges.Select(r => $"{r.Fact.Low:0}–{r.Fact.High:0}").ToArray()), ("textposition", "inside"));
        return Figure.Chart([bars], ("xaxis", Figure.Axis(axisTitle, [0, 100])), ("yaxis", Figure.Object(("automargin", true))),
            ("title", Figure.Object(("text", title))), ("width", 760), ("height", 300));
    }

    /// <summary>Horizontal bars of single stated values (e.g. the share of SMEs that export directly, by country).</summary>
    public static GenericChart Values(IReadOnlyList<(string Label, StatedFact Fact)> values, [Localizable(true)] string axisTitle, [Localizable(true)] string title, string? highlight = null)
    {
        var labels = values.Select(v => PlaceNames.Display(v.Label)).ToArray();
        var bars = Figure.Trace("bar", ("y", labels), ("x", values.Select(v => v.Fact.Value).ToArray()), ("orientation", "h"), ("showlegend", false),
            ("marker", Figure.Object(("color", values.Select(v => v.Label == highlight ? Figure.Palette[1] : Figure.Palette[0]).ToArray()))),
            ("text", values.Select(v => v.Fact.Value.ToString("0.##", CultureInfo.InvariantCulture)).ToArray()), ("textposition", "outside"), ("cliponaxis", false));
        return Figure.Chart([bars], ("xaxis", Figure.Axis(axisTitle)), ("yaxis", Figure.Object(("autorange", "reversed"), ("automargin", true))),
            ("title", Figure.Object(("text", title))), ("width", 760), ("height", 140 + 45 * labels.Length));
    }

    /// <summary>
    /// Domestic value added in exports over time, one line per economy from dated facts, with the undated figures
    /// of another source (note 2) as separate markers so the two measures are not mixed up.
    /// </summary>
    public static GenericChart DomesticValueAdded(IReadOnlyList<(string Economy, int Year, double Percent)> dated, IReadOnlyList<(string Label, double Percent)> undated)
    {
        var traces = dated.GroupBy(d => d.Economy).Select((g, i) => Figure.Trace("scatter", ("x", g.Select(d => d.Year).ToArray()), ("y", g.Select(d => d.Percent).ToArray()),
            ("mode", "lines+markers+text"), ("name", Localized.Format(ValueChainsStrings.ValueAdded_Source, PlaceNames.Display(g.Key))), ("text", g.Select(d => $"{d.Percent:0}%").ToArray()), ("textposition", "top center"),
            ("line", Figure.Object(("color", Figure.Palette[i])))) ).ToList();
        traces.Add(Figure.Trace("scatter", ("x", undated.Select(_ => 2016).ToArray()), ("y", undated.Select(u => u.Percent).ToArray()), ("mode", "markers+text"),
            ("name", ValueChainsStrings.ValueAdded_Note), ("text", undated.Select(u => $"{PlaceNames.Display(u.Label)} {u.Percent.ToString("0", CultureInfo.InvariantCulture)}%").ToArray()), ("textposition", "middle right"),
            ("marker", Figure.Object(("symbol", "diamond-open"), ("size", 11), ("color", "#555")))));
        return Figure.Chart(traces, ("xaxis", Figure.Axis(ValueChainsStrings.ValueAdded_Year, [1999, 2020])), ("yaxis", Figure.Axis(ValueChainsStrings.ValueAdded_Axis, [0, 70])),
            ("legend", Figure.Object(("orientation", "h"), ("y", -0.2))), ("title", Figure.Object(("text", ValueChainsStrings.ValueAdded_Title))),
            ("width", 820), ("height", 460));
    }
}
