using System.Text.Json.Nodes;
using SmeNotebooks.Charts;
using SmeNotebooks.Engine.Execution;

namespace SmeNotebooks.Kernel.Display;

/// <summary>
/// Turns a cell output into a Jupyter MIME bundle: always <c>text/plain</c>, <c>text/html</c> when the formatter made
/// HTML, and for a chart also <c>application/vnd.plotly.v1+json</c> (the figure, which JupyterLab and VS Code can
/// draw natively). The HTML of the first chart of a kernel session carries plotly.js itself, taken from the copy
/// Plotly.NET embeds — never a CDN — so charts draw offline in the classic Notebook; later charts reuse it.
/// require.js (loaded by the classic Notebook) is hidden while plotly.js runs, so that plotly.js defines
/// <c>window.Plotly</c> instead of registering an anonymous AMD module.
/// </summary>
internal sealed class MimeBundle
{
    private bool _plotlyLoaded;

    /// <summary>The data dictionary of a display_data or execute_result message.</summary>
    public JsonObject Data(CellOutput output)
    {
        var data = new JsonObject { ["text/plain"] = output.Text };
        if (output.PlotlyFigure is { } figure)
        {
            data["application/vnd.plotly.v1+json"] = JsonNode.Parse(figure);
            data["text/html"] = (_plotlyLoaded ? "" : PlotlyLoader()) + output.Html;
            _plotlyLoaded = true;
        }
        else if (output.Html is { } html) data["text/html"] = html;
        return data;
    }

    /// <summary>The script elements that define window.Plotly from the embedded plotly.js.</summary>
    public static string PlotlyLoader() =>
        "<script>window.__smeDefine = window.define; window.define = undefined;</script>\n" +
        "<script>" + ChartHtml.PlotlyScript().Replace("</script", "<\\/script") + "</script>\n" +
        "<script>window.define = window.__smeDefine;</script>\n";
}
