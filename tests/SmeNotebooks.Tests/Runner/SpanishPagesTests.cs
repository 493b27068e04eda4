using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SmeNotebooks.Runner.Translation;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

/// <summary>
/// A Spanish-speaking student sees Spanish everywhere on a Spanish page except paper titles, identifiers and the
/// columns that show a source's original: measured over every word of each rendered Spanish page (English function
/// words under 0.5%), and label by label — table cells, chart axes and legends, code comments — with one word
/// English enough. The same measures on the English pages must fire, or they would prove nothing.
/// </summary>
[Collection(BothEditionsFixture.Collection)]
public partial class SpanishPagesTests(BothEditionsFixture fixture)
{
    /// <summary>Titles of English works the Spanish pages cite as published, and the Sonora survey's project name — the allowlist.</summary>
    private static readonly string[] Titles =
    [
        "Innovation capabilities and the internationalization of SMEs in Sonora, Mexico", "Global Production Networks and local learning",
        "Endogenous learning for innovation in knowledge-intensive SMEs", "Breaking up the Global Value Chain: Opportunities and Consequences",
        "Advances in International Management", "The internationalization of the firm — four Swedish cases", "Journal of Management Studies",
        "The born global firm: a challenge to traditional internationalization theory", "Advances in International Marketing",
        "World Investment Report 2013: Global Value Chains: Investment and Trade for Development",
    ];

    /// <summary>English words of the collection's labels that are not Spanish words: one in a label makes it English.</summary>
    private static readonly HashSet<string> LabelWords =
    [
        .. EnglishText.FunctionWords, "small", "medium", "low", "average", "high", "never", "rarely", "frequently", "yes", "customers", "suppliers", "services",
        "manufacturing", "strengths", "weaknesses", "opportunities", "threats", "missing", "corrected", "excluded", "undetermined", "printed", "none",
        "your", "answer", "firms", "firm", "developed", "developing", "economies", "exports", "region",
    ];

    [Fact]
    public void English_function_words_are_under_half_a_percent_of_every_spanish_page()
    {
        Assert.True(fixture.Failure is null, fixture.Failure);
        foreach (string page in Pages("es"))
        {
            var words = ReadWords(File.ReadAllText(page));
            var english = words.Where(w => EnglishText.FunctionWords.Contains(w.ToLowerInvariant())).ToList();
            double share = 100.0 * english.Count / words.Count;
            Assert.True(share < 0.5, $"{Path.GetFileName(page)}: {english.Count} English function words in {words.Count} ({share:F2}%): "
                + string.Join(", ", english.GroupBy(w => w.ToLowerInvariant()).Select(g => $"{g.Key} ×{g.Count()}")));
        }
    }

    [Fact]
    public void The_measure_finds_the_english_pages_english()
    {
        Assert.True(fixture.Failure is null, fixture.Failure);
        foreach (string page in Pages("en"))
        {
            var words = ReadWords(File.ReadAllText(page));
            Assert.True(words.Count(w => EnglishText.FunctionWords.Contains(w.ToLowerInvariant())) > 0.05 * words.Count, Path.GetFileName(page));
        }
    }

    [Fact]
    public void No_table_cell_chart_axis_legend_or_code_comment_of_a_spanish_page_is_english()
    {
        Assert.True(fixture.Failure is null, fixture.Failure);
        var english = fixture.Notebooks.SelectMany(n => Labels(fixture.Ipynb(n, "es")).Where(IsEnglish).Select(l => $"{n.Replace(".dib", ".es")} {l.Where}: {l.Text}")).ToList();
        Assert.True(english.Count == 0, "English labels in the Spanish pages:\n" + string.Join("\n", english));
    }

    [Fact]
    public void The_label_detector_finds_the_english_pages_labels_english()
    {
        Assert.True(fixture.Failure is null, fixture.Failure);
        foreach (string notebook in fixture.Notebooks.Where(n => !n.StartsWith("00", StringComparison.Ordinal)))
        {
            var labels = Labels(fixture.Ipynb(notebook, "en")).Where(IsEnglish).Select(l => l.Where).ToHashSet();
            Assert.True(labels.Contains("table") && labels.Contains("comment"), $"{notebook}: English found only in {string.Join(", ", labels)}");
        }
    }

    /// <summary>The notebooks' pages in <paramref name="language"/>, and the coverage page ("How much of each paper is reproduced").</summary>
    private IEnumerable<string> Pages(string language) => fixture.Notebooks.Select(n => language == "en"
        ? Path.Combine(fixture.Site, n.Replace(".dib", ".html"))
        : Path.Combine(fixture.Site, language, n.Replace(".dib", $".{language}.html")))
        .Append(language == "en" ? Path.Combine(fixture.Site, "coverage.html") : Path.Combine(fixture.Site, language, "coverage.html"));

    private static bool IsEnglish((string Where, string Text) label) => Words(label.Text).Any(w => LabelWords.Contains(w.ToLowerInvariant()));

    /// <summary>
    /// The words a reader reads on a page: its text without code, scripts and styles, without the allowlisted titles,
    /// without the cells of a data frame's columns that show the source's original (headed <c>raw</c> or <c>…_raw</c>),
    /// and without identifiers and file names (a token with "_", "/" or a file extension).
    /// </summary>
    private static List<string> ReadWords(string html)
    {
        html = Hidden().Replace(html, " ");
        html = EnglishText.DataFrame().Replace(html, m => string.Join(" ", FrameCells(m.Value, header: true)));
        return Words(WebUtility.HtmlDecode(EnglishText.Tag().Replace(html, " ")));
    }

    private static List<string> Words(string text)
    {
        foreach (string title in Titles) text = text.Replace(title, " ");
        return [.. text.Split((char[])[' ', '\n', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !t.Contains('_') && !t.Contains('/') && !FileName().IsMatch(t))
            .SelectMany(t => Word().Matches(t).Select(m => m.Value))];
    }

    /// <summary>The text of a data frame's cells, the columns of the source's original left out; with or without its header row.</summary>
    private static IEnumerable<string> FrameCells(string table, bool header)
    {
        var rows = Row().Matches(table).Select(r => Cell().Matches(r.Value).Select(c => c.Groups[1].Value).ToArray()).ToList();
        if (rows.Count == 0) yield break;
        var original = rows[0].Select((h, i) => (h, i)).Where(x => Regex.IsMatch(x.h, "(^|_)raw$")).Select(x => x.i).ToHashSet();
        foreach (var (row, r) in rows.Select((row, r) => (row, r)).Where(x => header || x.r > 0))
            foreach (var (cell, i) in row.Select((cell, i) => (cell, i)).Where(x => !original.Contains(x.i)))
                yield return cell;
    }

    /// <summary>
    /// Every label of a rendered notebook's outputs — table cells (a data frame's body, without the source's original
    /// columns; its header row holds identifiers), chart titles, axes and legend entries — and its code comments.
    /// </summary>
    private static IEnumerable<(string Where, string Text)> Labels(JsonDocument ipynb)
    {
        foreach (var cell in ipynb.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code"))
        {
            string source = string.Concat(cell.GetProperty("source").EnumerateArray().Select(l => l.GetString()));
            foreach (string comment in CodeComments.Extract(source)) yield return ("comment", comment);
            foreach (var output in cell.GetProperty("outputs").EnumerateArray())
            {
                if (!output.TryGetProperty("data", out var data) || !data.TryGetProperty("text/html", out var lines)) continue;
                string html = string.Concat(lines.EnumerateArray().Select(l => l.GetString()));
                foreach (Match frame in EnglishText.DataFrame().Matches(html))
                    foreach (string text in FrameCells(frame.Value, header: false)) yield return ("table", WebUtility.HtmlDecode(EnglishText.Tag().Replace(text, " ")));
                foreach (Match table in OtherTable().Matches(EnglishText.DataFrame().Replace(html, "")))
                    foreach (Match c in Cell().Matches(table.Value)) yield return ("table", WebUtility.HtmlDecode(EnglishText.Tag().Replace(c.Groups[1].Value, " ")));
                foreach (Match chart in ChartText().Matches(html)) yield return ("chart", Regex.Unescape(chart.Groups[1].Value));
            }
        }
    }

    [GeneratedRegex("<script.*?</script>|<style.*?</style>|<pre.*?</pre>|<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex OtherTable();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("\"(?:name|text)\":\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex ChartText();

    [GeneratedRegex(@"\.(csv|md|dib|ipynb|html|cs)\b")]
    private static partial Regex FileName();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
