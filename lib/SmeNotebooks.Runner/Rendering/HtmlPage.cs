using System.Net;
using System.Text;
using Markdig;
using SmeNotebooks.Charts;
using SmeNotebooks.Runner.Dib;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Runner.Rendering;

/// <summary>
/// A notebook run as one self-contained HTML page: a header with the file, run date and status, Markdown rendered with Markdig, code in
/// collapsible blocks, outputs below each cell, per-cell times in the footer. plotly.js is inlined once (when the
/// page has a chart), or linked when pages share one copy (<see cref="PageContext.PlotlyScript"/>); nothing is loaded from the network. Text from data and errors is HTML-escaped; only
/// formatter HTML is emitted raw.
/// </summary>
public static class HtmlPage
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>
    /// Renders <paramref name="run"/> in its place in the site (<paramref name="page"/>; standalone when null): a table of
    /// contents of its sections, previous and next links, the data behind it and how to cite it. In the full edition
    /// each model solution cell is folded in a <c>&lt;details&gt;</c> element behind "Show solution"; the student
    /// edition leaves solution cells and their outputs out.
    /// </summary>
    public static string Render(NotebookRun run, PageContext? page = null)
    {
        var context = page ?? PageContext.Standalone;
        var edition = context.Edition;
        var cells = new StringBuilder();
        foreach (var cell in run.Cells)
        {
            if (!cell.IsSolution) { RenderCell(cell, cells); continue; }
            if (edition == Edition.Student) continue;
            cells.Append("<details class=\"solution\"><summary>").Append(PageStrings.ShowSolution).Append("</summary>\n");
            RenderCell(cell, cells);
            cells.Append("</details>\n");
        }
        string body = cells.ToString();
        bool hasChart = run.Cells.Where(c => edition == Edition.Full || !c.IsSolution).SelectMany(c => c.Outputs).Any(o => o.Html?.Contains("class=\"sme-plot\"") == true);
        bool hasMath = body.Contains("class=\"math\"");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(context.Language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Escape(run.Title)).Append("</title><style>").Append(PageStyle.Css).Append("</style>")
            .Append(SmeNotebooks.Display.Formatters.Style);
        if (hasChart && context.PlotlyScript is { } shared)
            html.Append("\n<script src=\"").Append(Escape(shared)).Append("\"></script>\n");
        else if (hasChart)
            html.Append("\n<!-- plotly.js ").Append(ChartHtml.PlotlyJsVersion).Append(" (MIT licence), inlined from Plotly.NET's embedded copy -->\n<!--\n")
                .Append(ChartHtml.PlotlyLicense().Replace("--", "- -")).Append("\n-->\n<script>")
                .Append(ChartHtml.PlotlyScript().Replace("</script", "<\\/script")).Append("</script>\n");
        if (hasMath)
            html.Append("\n<!-- MathJax ").Append(MathJax.Version).Append(" tex-svg (Apache-2.0), inlined; configured to load nothing -->\n<script>")
                .Append(MathJax.Configuration).Append("</script><script>").Append(MathJax.Script().Replace("</script", "<\\/script")).Append("</script>\n");
        // The notebook's own first heading is the page title; the header carries only where and when it ran.
        html.Append("</head><body><header><p class=\"meta\"><a href=\"index.html\">").Append(PageStrings.AllNotebooks).Append("</a> · ")
            .Append(Escape(Path.GetFileName(run.Path))).Append(" · ").Append(PageStrings.Ran).Append(' ').Append(run.StartedUtc.ToString("yyyy-MM-dd HH:mm 'UTC'"))
            .Append(" · ").Append(run.Succeeded ? $"<span class=\"status-ok\">{PageStrings.AllCellsRan}</span>" : $"<span class=\"status-failed\">{PageStrings.Failed}</span>")
            .Append(context.Edition == Edition.Student ? " · " + PageStrings.StudentEdition : "")
            .Append(string.Concat(context.OtherLanguages.Select(other => $" · <a class=\"language\" hreflang=\"{other.Language}\" href=\"{Escape(other.Href)}\">{Escape(other.Name)}</a>")))
            .Append("</p>").Append(Pager(context)).Append("</header>\n").Append(Contents(body)).Append("<main>\n");
        if (run.FatalError is not null) html.Append("<div class=\"output error\"><pre>").Append(Escape(run.FatalError)).Append("</pre></div>");
        html.Append(body).Append(DataBehind(context)).Append(HowToCite(run, context)).Append(Pager(context)).Append("</main><footer><p>").Append(PageStrings.CellTimes).Append(": ")
            .Append(string.Join(" · ", run.Cells.Where(c => c.Milliseconds > 0).Select(c => $"{PageStrings.Cell} {c.Number} {c.Milliseconds:0} ms")))
            .Append($" · {PageStrings.Total} {run.Milliseconds / 1000:0.0} s. ").Append(PageStrings.RenderedBy).Append("</p></footer>")
            .Append(context.OtherLanguages.Count == 0 ? "" : SameSectionScript).Append(context.Live is { } live ? LivePage.Script(live, context.Language, SmeNotebooks.Engine.Translation.NotebookFiles.EnglishName(run.Path)) : "").Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>The page's sections (its level-2 headings, with the ids Markdig gives them) as a table of contents.</summary>
    internal static IReadOnlyList<(string Id, string Text)> Sections(string body) =>
        System.Text.RegularExpressions.Regex.Matches(body, "<h2 id=\"([^\"]+)\">(.*?)</h2>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => (m.Groups[1].Value, System.Text.RegularExpressions.Regex.Replace(m.Groups[2].Value, "<[^>]+>", ""))).ToArray();

    private static string Contents(string body)
    {
        var sections = Sections(body);
        if (sections.Count == 0) return "";
        var toc = new StringBuilder($"<nav class=\"toc\" aria-label=\"{PageStrings.Contents}\"><details open><summary>{PageStrings.Contents}</summary><ol>");
        foreach (var (id, heading) in sections) toc.Append("<li><a href=\"#").Append(id).Append("\">").Append(heading).Append("</a></li>");
        return toc.Append("</ol></details></nav>\n").ToString();
    }

    private static string Pager(PageContext context)
    {
        if (context.Previous is null && context.Next is null) return "";
        var pager = new StringBuilder("<nav class=\"pager\">");
        if (context.Previous is { } previous) pager.Append("<a rel=\"prev\" href=\"").Append(Escape(previous.Name)).Append(".html\">← ").Append(Escape(previous.Title)).Append("</a>");
        if (context.Next is { } next) pager.Append("<a rel=\"next\" href=\"").Append(Escape(next.Name)).Append(".html\">").Append(Escape(next.Title)).Append(" →</a>");
        return pager.Append("</nav>").ToString();
    }

    private static string DataBehind(PageContext context)
    {
        if (context.DataLinks.Count == 0) return "";
        var list = new StringBuilder($"<aside class=\"data\"><h3>{PageStrings.DataBehind}</h3><ul>");
        foreach (string link in context.DataLinks) list.Append("<li><a href=\"").Append(Escape(link)).Append("\">").Append(Escape(link)).Append("</a></li>");
        return list.Append("</ul></aside>\n").ToString();
    }

    private static string HowToCite(NotebookRun run, PageContext context)
    {
        var cite = new StringBuilder($"<aside class=\"cite\"><h3>{PageStrings.HowToCite}</h3>");
        if (context.StudyCitation is { } study) cite.Append("<p>").Append(PageStrings.TheStudy).Append(": ").Append(Escape(study)).Append("</p>");
        cite.Append("<p>").Append(PageStrings.ThisNotebook).Append(": SmeNotebooks, “").Append(Escape(run.Title)).Append("”, ").Append(Escape(Path.GetFileName(run.Path)))
            .Append(", ").Append(PageStrings.Rendered).Append(' ').Append(run.StartedUtc.ToString("yyyy-MM-dd")).Append(".</p></aside>\n");
        return cite.ToString();
    }

    private static void RenderCell(CellRun cell, StringBuilder html)
    {
        switch (cell.Language)
        {
            case CellLanguage.Meta:
                return;
            case CellLanguage.Markdown:
                html.Append("<section class=\"cell markdown\" id=\"cell-").Append(cell.Number).Append("\">").Append(Markdown.ToHtml(cell.Source, Pipeline)).Append("</section>\n");
                return;
            case CellLanguage.Html:
                html.Append("<section class=\"cell html\" id=\"cell-").Append(cell.Number).Append("\">").Append(cell.Source).Append("</section>\n");
                return;
        }
        html.Append("<section class=\"cell code\" id=\"cell-").Append(cell.Number).Append("\" data-kernel=\"").Append(Escape(cell.Kernel)).Append("\"><details")
            .Append(cell.Status == CellStatus.Failed ? " open" : "").Append("><summary>")
            .Append(Escape($"{cell.Kernel} {PageStrings.Cell} {cell.Number}")).Append(cell.Status == CellStatus.Skipped ? " " + PageStrings.NotRun : "")
            .Append("</summary><pre><code>").Append(Escape(cell.Source)).Append("</code></pre></details>");
        foreach (var output in cell.Outputs)
        {
            html.Append("<div class=\"output ").Append(output.Kind.ToString().ToLowerInvariant()).Append("\">");
            if (output.Html is not null) html.Append(output.Html);
            else html.Append("<pre>").Append(Escape(output.Text)).Append("</pre>");
            html.Append("</div>");
        }
        html.Append("</section>\n");
    }

    /// <summary>
    /// Makes the language switch lead to the same place in the other language: every cell has the id <c>cell-N</c> in
    /// both editions (a translation keeps the cells), so on click the link gets the id of the last cell whose top is
    /// above the top of the window. Without scripts the switch still opens the other page at its top.
    /// </summary>
    internal const string SameSectionScript =
        "<script>document.querySelectorAll('a.language').forEach(function(a){a.addEventListener('click',function(){var here=null;" +
        "document.querySelectorAll('section.cell[id]').forEach(function(s){if(s.getBoundingClientRect().top<=80)here=s;});" +
        "a.setAttribute('href',a.getAttribute('href').split('#')[0]+(here?'#'+here.id:''));});});</script>";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
