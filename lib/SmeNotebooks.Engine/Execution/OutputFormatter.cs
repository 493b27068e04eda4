using System.Net;
using System.Text;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using SmeNotebooks.Charts;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// Turns a displayed value into text and HTML the way the .NET Interactive kernel would: Plotly.NET charts as inline
/// chart fragments (no script reference; the page carries plotly.js once), DataFrames as an escaped HTML table of
/// the first rows with a row count, strings as text, and everything else through the formatters registered with
/// Microsoft.DotNet.Interactive.Formatting (the library's result types register theirs).
/// </summary>
public sealed class OutputFormatter
{
    /// <summary>Rows of a DataFrame shown before "… and N more".</summary>
    public const int DataFrameRows = 20;

    private int _charts;

    /// <summary>Formats <paramref name="value"/> as an output of <paramref name="kind"/>.</summary>
    public CellOutput Format(object? value, CellOutputKind kind)
    {
        switch (value)
        {
            case null:
                return new CellOutput(kind, "<null>");
            case string text:
                return new CellOutput(kind, text);
            case GenericChart chart:
                string figure = GenericChart.toJson(chart);
                return new CellOutput(kind, EngineStrings.ChartText, ChartHtml.Fragment(figure, $"plot-{Guid.NewGuid():N}-{++_charts}"), figure);
            case DataFrame frame:
                return new CellOutput(kind, frame.ToString(), DataFrameHtml(frame));
            default:
                string html = value.ToDisplayString(HtmlFormatter.MimeType);
                string plain = value.ToDisplayString(PlainTextFormatter.MimeType);
                return new CellOutput(kind, plain, html);
        }
    }

    /// <summary>An HTML table of the first <see cref="DataFrameRows"/> rows; every cell HTML-escaped.</summary>
    public static string DataFrameHtml(DataFrame frame)
    {
        var html = new StringBuilder("<table class=\"sme-frame\"><thead><tr><th></th>");
        foreach (var column in frame.Columns) html.Append("<th>").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        long shown = Math.Min(frame.Rows.Count, DataFrameRows);
        for (long r = 0; r < shown; r++)
        {
            html.Append("<tr><th>").Append(r).Append("</th>");
            foreach (var column in frame.Columns)
                html.Append("<td>").Append(WebUtility.HtmlEncode(Convert.ToString(column[r], System.Globalization.CultureInfo.InvariantCulture) ?? "")).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        html.Append("<p class=\"sme-rowcount\">").Append(Localized.Format(EngineStrings.RowsColumns, frame.Rows.Count, frame.Columns.Count));
        if (frame.Rows.Count > shown) html.Append(Localized.Format(EngineStrings.FirstShown, shown));
        return html.Append("</p>").ToString();
    }
}
