using System.Net;
using System.Text;
using SmeNotebooks.Runner.Execution;
using SmeNotebooks.Studies;

namespace SmeNotebooks.Runner.Rendering;

/// <summary>
/// The collection's front page: a card per notebook — its title, and for a study its question, the methods it teaches
/// and the class time it needs — with its status and links to the page, its .ipynb and the other edition.
/// </summary>
public static class IndexPage
{
    /// <summary>
    /// Renders the index of <paramref name="runs"/>, notebooks in <paramref name="language"/>, for <paramref name="edition"/> (pages linked as <c>name.html</c>);
    /// each card links the other edition's page when <paramref name="otherEdition"/> gives the folder it is in,
    /// relative to this one ("student/" or "../"), and the header links the same index in each of
    /// <paramref name="otherLanguages"/>, and the coverage page beside it when <paramref name="coverage"/> (<see cref="CoveragePage"/>).
    /// </summary>
    public static string Render(IReadOnlyList<NotebookRun> runs, string language, Edition edition, string? otherEdition, IReadOnlyList<LanguageLink> otherLanguages, bool coverage = false)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>SmeNotebooks</title><style>")
            .Append(PageStyle.Css).Append("</style></head><body><header><h1>SmeNotebooks</h1><p class=\"meta\">")
            .Append(runs.Count).Append(' ').Append(PageStrings.Notebooks).Append(" · ").Append(edition == Edition.Student ? PageStrings.StudentEdition : PageStrings.FullEdition)
            .Append(" · ").Append(PageStrings.Rendered).Append(' ').Append(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'"))
            .Append(string.Concat(otherLanguages.Select(other => $" · <a class=\"language\" hreflang=\"{other.Language}\" href=\"{E(other.Href)}\">{E(other.Name)}</a>")))
            .Append(coverage ? $" · <a href=\"{CoveragePage.File}\">{E(PageStrings.Coverage_Title)}</a>" : "")
            .Append("</p></header><main><ul class=\"cards\">\n");
        foreach (var run in runs.OrderBy(r => Path.GetFileName(r.Path), StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(run.Path);
            var study = StudyCatalog.All.FirstOrDefault(s => s.Notebook == SmeNotebooks.Engine.Translation.NotebookFiles.EnglishName(name));
            html.Append("<li class=\"card\"><h2><a href=\"").Append(E(name)).Append(".html\">").Append(E(run.Title)).Append("</a></h2>");
            if (study is null) html.Append("<p>").Append(E(run.Summary)).Append("</p>");
            else
                html.Append("<dl><dt>").Append(PageStrings.Question).Append("</dt><dd>").Append(E(study.Question)).Append("</dd><dt>").Append(PageStrings.Methods)
                    .Append("</dt><dd>").Append(E(study.Methods)).Append("</dd><dt>").Append(PageStrings.TimeNeeded).Append("</dt><dd>").Append(E(study.ClassTime)).Append("</dd></dl>");
            html.Append("<p>").Append(run.Succeeded ? $"<span class=\"status-ok\">{PageStrings.AllCellsRan}</span>" : $"<span class=\"status-failed\">{PageStrings.Failed}</span>")
                .Append($" · {run.Milliseconds / 1000:0.0} s · <a href=\"").Append(E(name)).Append(".html\">").Append(PageStrings.Page).Append("</a> · <a href=\"").Append(E(name)).Append(".ipynb\">.ipynb</a>");
            if (otherEdition is not null)
                html.Append(" · <a href=\"").Append(E(otherEdition + name)).Append(".html\">").Append(edition == Edition.Full ? PageStrings.StudentEdition : PageStrings.FullEdition).Append("</a>");
            html.Append("</p></li>\n");
        }
        return html.Append("</ul></main></body></html>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
