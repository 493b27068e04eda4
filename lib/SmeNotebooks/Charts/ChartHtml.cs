using Plotly.NET;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Charts;

/// <summary>
/// Offline HTML for Plotly.NET charts: <see cref="Fragment(GenericChart, string)"/> emits a chart as a div and a <c>Plotly.newPlot</c>
/// call with no script reference of its own, and <see cref="PlotlyScript"/> returns plotly.js from the copy that
/// Plotly.NET carries as an embedded resource, to be inlined once per page. No CDN is ever referenced.
/// </summary>
public static class ChartHtml
{
    /// <summary>The version of plotly.js that Plotly.NET embeds (read from its resource name).</summary>
    public static string PlotlyJsVersion => ResourceName[(ResourcePrefix.Length)..^".min.js".Length];

    private const string ResourcePrefix = "Plotly.NET.plotly-";

    private static string ResourceName =>
        typeof(GenericChart).Assembly.GetManifestResourceNames().Single(n => n.StartsWith(ResourcePrefix) && n.EndsWith(".min.js"));

    /// <summary>The minified plotly.js source embedded in Plotly.NET (MIT licence, see <see cref="PlotlyLicense"/>).</summary>
    public static string PlotlyScript() => ReadResource(ResourceName);

    /// <summary>The licence notices shipped with the embedded plotly.js (its bundled dependencies' headers), to travel with any copy.</summary>
    public static string PlotlyLicense() => ReadResource(ResourceName + ".LICENSE.txt");

    /// <summary>
    /// The chart as <c>&lt;div id=…&gt;</c> plus an inline script that draws it with the page's plotly.js.
    /// The figure JSON has "&lt;/" escaped so that text in the data cannot close the script element.
    /// </summary>
    public static string Fragment(GenericChart chart, string id) => Fragment(GenericChart.toJson(chart), id);

    /// <summary>
    /// The same fragment from the chart's figure JSON (<c>GenericChart.toJson</c>), for a caller that needs the JSON
    /// too: serializing a chart is its costliest step (seconds in the browser's interpreter), so it is done once.
    /// </summary>
    public static string Fragment(string figureJson, string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Any(c => !(char.IsLetterOrDigit(c) || c is '-' or '_')))
            throw new ArgumentException(Localized.Format(Strings.Error_ElementId, id), nameof(id));
        string figure = figureJson.Replace("</", "<\\/");
        return $"<div id=\"{id}\" class=\"sme-plot\"></div>\n<script>(function(){{var f={figure};Plotly.newPlot('{id}',f.data,f.layout,f.config);}})();</script>";
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(Localized.Format(Strings.Error_PlotlyResource, name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
