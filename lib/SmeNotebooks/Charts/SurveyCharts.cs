using System.ComponentModel;
using Microsoft.Data.Analysis;
using Plotly.NET;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Charts;

/// <summary>Charts of survey tables in long (tidy) form.</summary>
public static class SurveyCharts
{
    /// <summary>
    /// Horizontal stacked bars of percentages: one bar per <paramref name="itemColumn"/> value, one segment per
    /// <paramref name="categoryColumn"/> value (in the order first met, e.g. Never … Very frequently).
    /// </summary>
    public static GenericChart StackedPercentages(DataFrame table, string itemColumn, string categoryColumn, string valueColumn, [Localizable(true)] string title) =>
        Stacked(table, itemColumn, categoryColumn, valueColumn, title, Figure.Axis(Strings.Survey_PercentOfFirms, [0, 100]));

    /// <summary>Horizontal stacked bars of counts, laid out as <see cref="StackedPercentages"/> (e.g. firms by class and region).</summary>
    public static GenericChart StackedCounts(DataFrame table, string itemColumn, string categoryColumn, string valueColumn, [Localizable(true)] string title) =>
        Stacked(table, itemColumn, categoryColumn, valueColumn, title, Figure.Axis(Strings.Survey_Firms));

    private static GenericChart Stacked(DataFrame table, string itemColumn, string categoryColumn, string valueColumn, string title, Dictionary<string, object> valueAxis)
    {
        int rows = (int)table.Rows.Count;
        var items = Enumerable.Range(0, rows).Select(r => Data.Lookup.Text(table, itemColumn, r)).Distinct().ToArray();
        var categories = Enumerable.Range(0, rows).Select(r => Data.Lookup.Text(table, categoryColumn, r)).Distinct().ToArray();
        var traces = categories.Select((category, n) =>
        {
            var values = items.Select(item => Data.Lookup.Where(table, (itemColumn, item), (categoryColumn, category))
                .Select(r => Data.Lookup.Number(table, valueColumn, r)).DefaultIfEmpty(0).Sum()).ToArray();
            return Figure.Trace("bar", ("y", items), ("x", values), ("orientation", "h"), ("name", category),
                ("marker", Figure.Object(("color", Figure.Palette[n % Figure.Palette.Length]))));
        });
        return Figure.Chart(traces, ("title", Figure.Object(("text", title))), ("barmode", "stack"), ("xaxis", valueAxis),
            ("yaxis", Figure.Object(("automargin", true))), ("width", 900), ("height", 120 + 45 * items.Length), ("legend", Figure.Object(("orientation", "h"))));
    }

    /// <summary>
    /// One panel per <paramref name="measureColumn"/> value (each on its own axis, since measures have different units),
    /// one bar per <paramref name="groupColumn"/> value, labelled with its value.
    /// </summary>
    public static GenericChart PanelsByGroup(DataFrame table, string measureColumn, string groupColumn, string valueColumn, [Localizable(true)] string title)
    {
        int rows = (int)table.Rows.Count;
        var measures = Enumerable.Range(0, rows).Select(r => Data.Lookup.Text(table, measureColumn, r)).Distinct().ToArray();
        var traces = measures.Select((measure, m) =>
        {
            var members = Data.Lookup.Where(table, (measureColumn, measure));
            var values = Data.Lookup.Numbers(table, valueColumn, members);
            return Figure.Trace("bar", ("x", members.Select(r => Data.Lookup.Text(table, groupColumn, r)).ToArray()), ("y", values), ("name", measure), ("showlegend", false),
                ("xaxis", m == 0 ? "x" : $"x{m + 1}"), ("yaxis", m == 0 ? "y" : $"y{m + 1}"), ("text", values.Select(v => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)).ToArray()),
                ("textposition", "outside"), ("cliponaxis", false), ("marker", Figure.Object(("color", Figure.Palette[m % Figure.Palette.Length]))));
        }).ToArray();
        var layout = new List<(string, object)>
        {
            ("grid", Figure.Object(("rows", 1), ("columns", measures.Length), ("pattern", "independent"))),
            ("title", Figure.Object(("text", title))), ("width", 300 * measures.Length), ("height", 400),
        };
        for (int m = 0; m < measures.Length; m++)
            layout.Add((m == 0 ? "yaxis" : $"yaxis{m + 1}", Figure.Object(("title", Figure.Object(("text", measures[m]), ("font", Figure.Object(("size", 11))))), ("rangemode", "tozero"))));
        return Figure.Chart(traces, [.. layout]);
    }

    /// <summary>Horizontal bars of one percentage per item, longest first, each labelled with its value; the axis says "% of firms" (in the reader's language) unless <paramref name="axisTitle"/> says otherwise.</summary>
    public static GenericChart Shares(DataFrame table, string itemColumn, string valueColumn, [Localizable(true)] string title, [Localizable(true)] string? axisTitle = null)
    {
        var order = Enumerable.Range(0, (int)table.Rows.Count).OrderByDescending(r => Data.Lookup.Number(table, valueColumn, r)).ToArray();
        var values = Data.Lookup.Numbers(table, valueColumn, order);
        var bar = Figure.Trace("bar", ("y", order.Select(r => Data.Lookup.Text(table, itemColumn, r)).ToArray()), ("x", values), ("orientation", "h"),
            ("text", values.Select(v => v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).ToArray()), ("textposition", "outside"), ("cliponaxis", false),
            ("marker", Figure.Object(("color", Figure.Palette[0]))));
        return Figure.Chart([bar], ("title", Figure.Object(("text", title))), ("xaxis", Figure.Axis(axisTitle ?? Strings.Survey_PercentOfFirms)),
            ("yaxis", Figure.Object(("autorange", "reversed"), ("automargin", true))), ("width", 900), ("height", 140 + 45 * values.Length));
    }
}
