using System.Net;
using System.Text;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Runner.Rendering;

/// <summary>The collection's front page: one entry per notebook with its title, first paragraph, status and time.</summary>
public static class IndexPage
{
    /// <summary>Renders the index of <paramref name="runs"/> (pages are linked as <c>name.html</c>).</summary>
    public static string Render(IReadOnlyList<NotebookRun> runs)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>SmeNotebooks</title><style>")
            .Append(PageStyle.Css).Append("</style></head><body><header><h1>SmeNotebooks</h1><p class=\"meta\">")
            .Append(runs.Count).Append(" notebooks · rendered ").Append(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'"))
            .Append("</p></header><main><ul>\n");
        foreach (var run in runs.OrderBy(r => Path.GetFileName(r.Path), StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(run.Path);
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(name)).Append(".html\">").Append(WebUtility.HtmlEncode(run.Title)).Append("</a> ")
                .Append(run.Succeeded ? "<span class=\"status-ok\">ran</span>" : "<span class=\"status-failed\">FAILED</span>")
                .Append($" · {run.Milliseconds / 1000:0.0} s · <a href=\"").Append(WebUtility.HtmlEncode(name)).Append(".ipynb\">.ipynb</a>")
                .Append("<br>").Append(WebUtility.HtmlEncode(run.Summary)).Append("</li>\n");
        }
        return html.Append("</ul></main></body></html>\n").ToString();
    }
}
