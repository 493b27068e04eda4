using System.Globalization;
using System.Net;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;
using SmeNotebooks.Studies;

namespace SmeNotebooks.Runner.Rendering;

/// <summary>
/// "How much of each paper is reproduced": the coverage report (<c>data/coverage.csv</c>, kept by the tests' coverage
/// ledger) as a page — per paper, how many printed numbers are recomputed, tied by an identity, proven inconsistent or
/// not checkable, and every number with what holds it (the CSV copied beside it, under <c>data/</c>), in the reader's language (the chrome from
/// <see cref="PageStrings"/>, the ledger's lines from <c>CoverageLabels.resx</c>, the data's labels from each study's
/// labels file).
/// </summary>
public static partial class CoveragePage
{
    /// <summary>The page's file name, beside each edition's index.</summary>
    public const string File = "coverage.html";

    /// <summary>The report's file name in the data folder.</summary>
    public const string Report = "coverage.csv";

    private static readonly DataLabels Lines = new(new ResourceManager("SmeNotebooks.Runner.Rendering.CoverageLabels", typeof(CoveragePage).Assembly));

    private static readonly string[] States = ["recomputed", "identity", "inconsistent", "not checkable"];

    /// <summary>
    /// Renders the report at <paramref name="reportPath"/> in <paramref name="language"/>; <paramref name="notebooks"/>
    /// gives, by study data folder, the title and link of each study's notebook page rendered beside this one, and the
    /// header links the same page in each of <paramref name="otherLanguages"/>.
    /// </summary>
    public static string Render(string reportPath, string language, IReadOnlyDictionary<string, (string Title, string Href)> notebooks, IReadOnlyList<LanguageLink> otherLanguages)
    {
        var rows = Read(reportPath);
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(E(PageStrings.Coverage_Title)).Append(" · SmeNotebooks</title><style>")
            .Append(PageStyle.Css).Append("</style></head><body><header><h1>").Append(E(PageStrings.Coverage_Title)).Append("</h1><p class=\"meta\"><a href=\"index.html\">")
            .Append(E(PageStrings.AllNotebooks)).Append("</a> · <a href=\"data/").Append(Report).Append("\">").Append(Report).Append("</a>")
            .Append(string.Concat(otherLanguages.Select(other => $" · <a class=\"language\" hreflang=\"{other.Language}\" href=\"{E(other.Href)}\">{E(other.Name)}</a>")))
            .Append("</p></header><main><p>").Append(E(PageStrings.Coverage_Intro)).Append("</p><dl>");
        foreach (var (state, means) in new[] { (PageStrings.Coverage_Recomputed, PageStrings.Coverage_RecomputedMeans), (PageStrings.Coverage_Identity, PageStrings.Coverage_IdentityMeans),
            (PageStrings.Coverage_Inconsistent, PageStrings.Coverage_InconsistentMeans), (PageStrings.Coverage_NotCheckable, PageStrings.Coverage_NotCheckableMeans) })
            html.Append("<dt>").Append(E(state)).Append("</dt><dd>").Append(E(means)).Append("</dd>");
        html.Append("</dl><table><thead><tr><th>").Append(E(PageStrings.Coverage_Study)).Append("</th><th>").Append(E(PageStrings.Coverage_Numbers)).Append("</th>")
            .Append(string.Concat(States.Select(s => $"<th>{E(StateName(s))}</th>"))).Append("<th>").Append(E(PageStrings.Coverage_Quoted)).Append("</th><th>")
            .Append(E(PageStrings.Coverage_OwnHeld)).Append("</th></tr></thead><tbody>");
        var studies = StudyCatalog.All.Where(s => rows.Any(r => r.Study == s.DataFolderName)).ToArray();
        foreach (var study in studies)
            html.Append(SummaryRow($"<a href=\"#{study.DataFolderName}\">{E(Title(study, notebooks))}</a>", [.. rows.Where(r => r.Study == study.DataFolderName)]));
        html.Append("</tbody><tfoot>").Append(SummaryRow(E(PageStrings.Coverage_AllPapers), rows)).Append("</tfoot></table><p>").Append(E(PageStrings.Coverage_Target)).Append("</p>");
        foreach (var study in studies)
        {
            html.Append("<section id=\"").Append(study.DataFolderName).Append("\"><h2>").Append(E(Title(study, notebooks))).Append("</h2><p>");
            if (notebooks.TryGetValue(study.DataFolderName, out var page)) html.Append("<a href=\"").Append(E(page.Href)).Append("\">").Append(E(PageStrings.Coverage_Notebook)).Append("</a> · ");
            html.Append(E(study.Citation.ToString())).Append("</p>");
            var labels = study.Labels;
            foreach (var table in rows.Where(r => r.Study == study.DataFolderName).GroupBy(r => r.Table))
            {
                var numbers = table.ToArray();
                html.Append("<details><summary>").Append(E(TableName(table.Key))).Append(" · ").Append(numbers.Length).Append(' ').Append(E(PageStrings.Coverage_Numbers)).Append(": ")
                    .Append(E(string.Join(", ", States.Select(s => (s, n: numbers.Count(r => r.State == s))).Where(x => x.n > 0).Select(x => $"{StateName(x.s)} {x.n}"))))
                    .Append("</summary><table><thead><tr><th>").Append(E(PageStrings.Coverage_Row)).Append("</th><th>").Append(E(PageStrings.Coverage_Column)).Append("</th><th>")
                    .Append(E(PageStrings.Coverage_Printed)).Append("</th><th>").Append(E(PageStrings.Coverage_State)).Append("</th><th>").Append(E(PageStrings.Coverage_How)).Append("</th></tr></thead><tbody>");
                foreach (var r in numbers)
                    html.Append("<tr><td>").Append(RowLabel(r, labels)).Append("</td><td><code>").Append(E(r.Column)).Append("</code></td><td>").Append(E(r.Printed))
                        .Append("</td><td>").Append(E(StateName(r.State))).Append("</td><td>").Append(E(Lines.ForReader(r.How))).Append("</td></tr>");
                html.Append("</tbody></table></details>");
            }
            html.Append("</section>");
        }
        return html.Append("</main></body></html>\n").ToString();
    }

    /// <summary>The report's rows, each column read once.</summary>
    private static Row[] Read(string reportPath)
    {
        string[] study = CsvData.Texts(reportPath, "study"), table = CsvData.Texts(reportPath, "table"), label = CsvData.Texts(reportPath, "row"),
            column = CsvData.Texts(reportPath, "column"), printed = CsvData.Texts(reportPath, "printed"), quoted = CsvData.Texts(reportPath, "quoted_from"),
            state = CsvData.Texts(reportPath, "state"), how = CsvData.Texts(reportPath, "how");
        return [.. study.Select((s, i) => new Row(s, table[i], label[i], column[i], printed[i], quoted[i].Length > 0, state[i], how[i]))];
    }

    /// <summary>One number of the report: where the paper prints it and where data/ stores it, as printed, and what holds it.</summary>
    private sealed record Row(string Study, string Table, string Label, string Column, string Printed, bool Quoted, string State, string How);

    /// <summary>A summary line: the numbers, each state's count, the quoted ones, and the share of the paper's own numbers recomputed or tied.</summary>
    private static string SummaryRow(string heading, IReadOnlyList<Row> rows)
    {
        var own = rows.Where(r => !r.Quoted).ToArray();
        double held = own.Length == 0 ? 0 : (double)own.Count(r => r.State is "recomputed" or "identity") / own.Length;
        return $"<tr><td>{heading}</td><td>{rows.Count}</td>{string.Concat(States.Select(s => $"<td>{rows.Count(r => r.State == s)}</td>"))}<td>{rows.Count(r => r.Quoted)}</td><td>{E(SmeNotebooks.Display.Number.Percent(held))}%</td></tr>";
    }

    /// <summary>The study's notebook title when its page was rendered beside this one, else the study's question (as its index card asks it).</summary>
    private static string Title(Study study, IReadOnlyDictionary<string, (string Title, string Href)> notebooks) =>
        notebooks.TryGetValue(study.DataFolderName, out var page) ? page.Title : study.Question;

    /// <summary>A state in the reader's language.</summary>
    private static string StateName(string state) => state switch
    {
        "recomputed" => PageStrings.Coverage_Recomputed,
        "identity" => PageStrings.Coverage_Identity,
        "inconsistent" => PageStrings.Coverage_Inconsistent,
        "not checkable" => PageStrings.Coverage_NotCheckable,
        _ => throw new InvalidDataException($"{Report}: unknown state '{state}' (expected {string.Join(", ", States)})."),
    };

    /// <summary>"Table 4", "Figure 1", "Text" in the reader's language.</summary>
    private static string TableName(string table) => NumberedTable().Match(table) is { Success: true } m
        ? string.Format(CultureInfo.InvariantCulture, m.Groups[1].Value == "Table" ? PageStrings.Coverage_TableNumber : PageStrings.Coverage_FigureNumber, m.Groups[2].Value)
        : table == "Text" ? PageStrings.Coverage_Text : table;

    /// <summary>A row's key cells, each in the reader's language where the study's labels know it; a stated fact's key (an identifier) as code.</summary>
    private static string RowLabel(Row row, DataLabels labels) => row.Label.Contains('_')
        ? $"<code>{E(row.Label)}</code>"
        : E(string.Join(" · ", row.Label.Split(" · ").Select(labels.ForReader)));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex("^(Table|Figure) (\\d+)$")]
    private static partial Regex NumberedTable();
}
