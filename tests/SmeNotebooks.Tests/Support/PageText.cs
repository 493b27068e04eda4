using System.Net;
using System.Text.RegularExpressions;

namespace SmeNotebooks.Tests.Support;

/// <summary>
/// The text a reader sees on a rendered page, one block (paragraph, heading, table row, list item, output line) a line:
/// comments, scripts, styles, the code of the cells and the footer (cell times) left out, the time of the run in the header
/// and its date in "how to cite" masked (a record made on one day must match a page rendered on the next), entities
/// decoded, white space folded.
/// Behaviour-preserving changes (refactorings of the library, the engine or the cells' code) must leave it as it was.
/// </summary>
public static partial class PageText
{
    public static string Of(string html)
    {
        string body = Hidden().Replace(CitedDate().Replace(html, "(date of the run)"), " ");
        body = BlockEnd().Replace(body, "\n");
        body = Tag().Replace(body, " ");
        body = RunTime().Replace(WebUtility.HtmlDecode(body), "(time of the run)");
        var lines = body.Split('\n').Select(line => Space().Replace(line, " ").Trim()).Where(line => line.Length > 0);
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>The committed record of a notebook's rendered page text (tests/SmeNotebooks.Tests/Fixtures/RenderedText).</summary>
    public static string RecordPath(string notebook) =>
        Path.Combine(Fixtures.RepositoryRoot, "tests", "SmeNotebooks.Tests", "Fixtures", "RenderedText", Path.ChangeExtension(notebook, ".txt"));

    /// <summary>Set to 1 to rewrite the records from the pages rendered now (after a change meant to alter the pages).</summary>
    public const string AcceptVariable = "SMENOTEBOOKS_ACCEPT_RENDERED_TEXT";

    /// <summary>
    /// Asserts that <paramref name="text"/> equals the record of <paramref name="notebook"/>, naming the first line that
    /// differs; with <see cref="AcceptVariable"/> set, writes the record instead.
    /// </summary>
    public static void MatchesRecord(string notebook, string text)
    {
        string path = RecordPath(notebook);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return;
        }
        Assert.True(File.Exists(path), $"No record of {notebook}'s rendered text at {path}; run the test with {AcceptVariable}=1 to write it.");
        var expected = File.ReadAllText(path).Split('\n');
        var actual = text.Split('\n');
        int line = Enumerable.Range(0, Math.Max(expected.Length, actual.Length))
            .FirstOrDefault(i => i >= expected.Length || i >= actual.Length || expected[i] != actual[i], -1);
        Assert.True(line < 0, line < 0 ? "" :
            $"{notebook}: the rendered text differs from its record at line {line + 1}:\n" +
            $"  record: {(line < expected.Length ? expected[line] : "(end)")}\n  now:    {(line < actual.Length ? actual[line] : "(end)")}\n" +
            $"If the change is meant, rerun with {AcceptVariable}=1 and review the records' diff.");
    }

    [GeneratedRegex(@"(?is)<!--.*?-->|<(script|style|footer)\b.*?</\1>|<summary>[^<]*</summary><pre><code>.*?</code></pre>")]
    private static partial Regex Hidden();

    [GeneratedRegex(@"(?i)</(p|h[1-6]|tr|li|pre|div|dt|dd|figcaption|caption|section|nav|header)>|<br\s*/?>")]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")]
    private static partial Regex RunTime();

    /// <summary>The date that closes "how to cite" ("… rendered 2026-12-05."): the day the page was rendered.</summary>
    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}(?=\.</p></aside>)")]
    private static partial Regex CitedDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
