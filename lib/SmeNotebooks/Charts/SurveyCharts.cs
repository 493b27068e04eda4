using Microsoft.Data.Analysis;
using Plotly.NET;

namespace SmeNotebooks.Charts;

/// <summary>Charts of survey tables in long (tidy) form.</summary>
public static class SurveyCharts
{
    /// <summary>
    /// Horizontal stacked bars of percentages: one bar per <paramref name="itemColumn"/> value, one segment per
    /// <paramref name="categoryColumn"/> value (in the order first met, e.g. Never … Very frequently).
    /// </summary>
    public static GenericChart StackedPercentages(DataFrame table, string itemColumn, string categoryColumn, string valueColumn, string title)
    {
        int rows = (int)table.Rows.Count;
        string Text(string column, int r) => Convert.ToString(table[column][r], System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var items = Enumerable.Range(0, rows).Select(r => Text(itemColumn, r)).Distinct().ToArray();
        var categories = Enumerable.Range(0, rows).Select(r => Text(categoryColumn, r)).Distinct().ToArray();
        var traces = categories.Select((category, n) =>
        {
            var values = items.Select(item => Enumerable.Range(0, rows)
                .Where(r => Text(itemColumn, r) == item && Text(categoryColumn, r) == category)
                .Select(r => Convert.ToDouble(table[valueColumn][r], System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Sum()).ToArray();
            return Figure.Trace("bar", ("y", items), ("x", values), ("orientation", "h"), ("name", category),
                ("marker", Figure.Object(("color", Figure.Palette[n % Figure.Palette.Length]))));
        });
        return Figure.Chart(traces, ("title", Figure.Object(("text", title))), ("barmode", "stack"), ("xaxis", Figure.Axis("% of firms", [0, 100])),
            ("yaxis", Figure.Object(("automargin", true))), ("width", 900), ("height", 120 + 45 * items.Length), ("legend", Figure.Object(("orientation", "h"))));
    }
}
