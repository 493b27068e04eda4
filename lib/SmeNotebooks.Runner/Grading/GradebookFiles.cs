using System.Globalization;
using System.Net;
using System.Text;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Runner.Grading;

/// <summary>The gradebook as a teacher opens it: <c>gradebook.csv</c> (RFC 4180) and <c>gradebook.html</c>, in the teacher's language.</summary>
public static class GradebookFiles
{
    /// <summary>The CSV columns, in order.</summary>
    public const string Header = "student,notebook,exercise,verdict,answer,error";

    /// <summary>
    /// <paramref name="rows"/> as RFC 4180 CSV: the <see cref="Header"/> line, then one line a row, CRLF line ends, a
    /// field quoted (its quotes doubled) when it holds a comma, a quote or a line break; the verdict in lower case.
    /// </summary>
    public static string Csv(IEnumerable<GradeRow> rows)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var row in rows)
            csv.AppendJoin(',', new[] { row.Student, row.Notebook, row.Exercise.ToString(CultureInfo.InvariantCulture), row.Verdict.ToString().ToLowerInvariant(), row.Answer, row.Error }.Select(Field))
                .Append("\r\n");
        return csv.ToString();
    }

    /// <summary>
    /// <paramref name="rows"/> as a page: one row a student, one column an exercise of each notebook (✓, ✗, —, or ! with
    /// the reason on hover), the number correct, and a link to the student's rendered run (<c>students/&lt;student&gt;.html</c>).
    /// </summary>
    public static string Html(IReadOnlyList<GradeRow> rows, string submissions)
    {
        var columns = rows.Where(r => r.Exercise > 0).Select(r => (r.Notebook, r.Exercise)).Distinct().OrderBy(c => c.Notebook, StringComparer.Ordinal).ThenBy(c => c.Exercise).ToList();
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").Append(Languages.Current)
            .Append("\"><head><meta charset=\"utf-8\"><title>").Append(E(GradeStrings.Gradebook)).Append("</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:center}")
            .Append("td.student{text-align:left}.correct{color:#1a7f37}.wrong{color:#cf222e}.error{color:#9a6700;cursor:help}</style></head><body>")
            .Append("<h1>").Append(E(GradeStrings.Gradebook)).Append("</h1><p>")
            .Append(E(Localized.Format(GradeStrings.Submissions, rows.Select(r => r.Student).Distinct().Count(), submissions, DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))
            .Append("</p><table><thead><tr><th>").Append(E(GradeStrings.Student)).Append("</th>");
        foreach (var (notebook, exercise) in columns)
            html.Append("<th title=\"").Append(E(notebook)).Append("\">").Append(E(notebook[..Math.Min(2, notebook.Length)])).Append(' ')
                .Append(E(Localized.Format(GradeStrings.ExerciseShort, exercise))).Append("</th>");
        html.Append("<th>").Append(E(GradeStrings.Total)).Append("</th><th></th></tr></thead><tbody>");
        foreach (var student in rows.GroupBy(r => r.Student))
        {
            html.Append("<tr><td class=\"student\">").Append(E(student.Key)).Append("</td>");
            foreach (var column in columns)
            {
                var row = student.FirstOrDefault(r => r.Notebook == column.Notebook && r.Exercise == column.Exercise);
                html.Append(row switch
                {
                    null => "<td></td>",
                    { Verdict: GradeVerdict.Correct } => "<td class=\"correct\">✓</td>",
                    { Verdict: GradeVerdict.Wrong } => "<td class=\"wrong\">✗</td>",
                    { Verdict: GradeVerdict.Unanswered } => "<td>—</td>",
                    _ => $"<td class=\"error\" title=\"{E(row.Error)}\">!</td>",
                });
            }
            var whole = student.FirstOrDefault(r => r.Exercise == 0);
            html.Append("<td>").Append(student.Count(r => r.Verdict == GradeVerdict.Correct)).Append("</td><td>")
                .Append(whole is null ? $"<a href=\"students/{E(Uri.EscapeDataString(student.Key))}.html\">{E(student.Key)}.html</a>" : $"<span class=\"error\">{E(whole.Error)}</span>")
                .Append("</td></tr>");
        }
        return html.Append("</tbody></table><p>").Append(E(GradeStrings.Legend)).Append("</p></body></html>\n").ToString();
    }

    private static string Field(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
