using System.Text.RegularExpressions;
using System.Xml.Linq;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

/// <summary>
/// Every notebook under notebooks/ (discovered, not listed) executes through the runner without error, and its page
/// reads as recorded in Fixtures/RenderedText (<see cref="PageText"/>): a refactoring changes no word or number.
/// </summary>
public class CollectionTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Fixtures.RepositoryRoot, "notebooks"), "*.dib").OrderBy(f => f))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_renders_without_error_and_reads_as_recorded(string notebook)
    {
        var site = RunnerProcess.TempFolder();
        var result = RunnerProcess.Run("render", Path.Combine(Fixtures.RepositoryRoot, "notebooks", notebook), "--out", site);
        Assert.True(result.ExitCode == 0, $"{notebook} failed:\n{result.Output}\n{result.Errors}");
        string language = SmeNotebooks.Engine.Translation.NotebookFiles.LanguageOf(notebook);   // a translation's pages go to <out>/<lang>
        string page = Path.Combine(site, language == "en" ? "" : language, Path.ChangeExtension(notebook, ".html"));
        Assert.True(File.Exists(page));
        PageText.MatchesRecord(notebook, PageText.Of(File.ReadAllText(page)));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_nuget_references_use_the_central_package_versions(string notebook)
    {
        var versions = XDocument.Load(Path.Combine(Fixtures.RepositoryRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
        versions["Plotly.NET.Interactive"] = SmeNotebooks.Engine.Execution.PackageCatalog.PlotlyInteractiveVersion;
        string text = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "notebooks", notebook));
        foreach (Match m in Regex.Matches(text, "#r \"nuget:\\s*([^,\"]+),\\s*([^\"]+)\""))
        {
            string name = m.Groups[1].Value.Trim(), version = m.Groups[2].Value.Trim();
            Assert.True(versions.TryGetValue(name, out var pinned), $"{notebook} references {name}, which Directory.Packages.props does not pin.");
            Assert.Equal(pinned, version);
        }
        Assert.DoesNotMatch("#r \"nuget:[^,\"]*\"", text);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_holds_no_control_characters(string notebook)
    {
        // A control character is never meant: "\beta" typed in a C# string once became a backspace and "eta" in a formula.
        var lines = File.ReadAllLines(Path.Combine(Fixtures.RepositoryRoot, "notebooks", notebook));
        var found = lines.SelectMany((line, i) => line.Select((c, column) => (c, Line: i + 1, Column: column + 1)))
            .Where(x => x.c < '\u0020' && x.c != '\t').Select(x => $"line {x.Line}, column {x.Column}: U+{(int)x.c:X4}").ToArray();
        Assert.True(found.Length == 0, $"{notebook}: {string.Join("; ", found)}");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_ipynb_twin_is_in_sync_with_its_dib(string notebook)
    {
        // Jupyter front ends open the .ipynb; the .dib is the source. Regenerate with the runner's `twins` command.
        string dib = Path.Combine(Fixtures.RepositoryRoot, "notebooks", notebook);
        string twin = Path.ChangeExtension(dib, ".ipynb");
        Assert.True(File.Exists(twin), $"{notebook} has no .ipynb twin; run: dotnet run --project lib/SmeNotebooks.Runner -c Release -- twins notebooks");
        string expected = SmeNotebooks.Runner.Rendering.IpynbWriter.Twin(SmeNotebooks.Runner.Dib.DibDocument.Parse(File.ReadAllText(dib), notebook), dib);
        Assert.True(expected == File.ReadAllText(twin), $"{Path.GetFileName(twin)} is out of date with {notebook}; run: dotnet run --project lib/SmeNotebooks.Runner -c Release -- twins notebooks");
    }

    [Fact]
    public void The_student_twin_has_every_cell_but_the_model_solutions()
    {
        // What a class hub copies for each student (twins --edition student): the exercises without their solutions.
        string dib = Path.Combine(Fixtures.RepositoryRoot, "notebooks", "01-sonora-innovation-internationalization.dib");
        var document = SmeNotebooks.Runner.Dib.DibDocument.Parse(File.ReadAllText(dib), Path.GetFileName(dib));
        static string[] Sources(string ipynb) => [.. System.Text.Json.Nodes.JsonNode.Parse(ipynb)!["cells"]!.AsArray().Select(c => string.Concat(c!["source"]!.AsArray().Select(l => (string)l!)))];
        var full = Sources(SmeNotebooks.Runner.Rendering.IpynbWriter.Twin(document, dib));
        var student = Sources(SmeNotebooks.Runner.Rendering.IpynbWriter.Twin(document, dib, SmeNotebooks.Runner.Rendering.Edition.Student));
        var solutions = full.Where(s => s.StartsWith("// solution", StringComparison.Ordinal) || s.StartsWith("<!-- solution -->", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(solutions);
        Assert.Equal(full.Except(solutions), student);
    }
}

/// <summary>
/// Every notebook that has a Spanish translation, rendered in both languages (full edition) into one site, once for
/// every test class of the <see cref="Collection"/> (a class fixture would render it again for each class).
/// </summary>
public sealed class BothEditionsFixture
{
    /// <summary>The test collection that shares one render.</summary>
    public const string Collection = "Both editions rendered";

    public BothEditionsFixture()
    {
        string folder = Path.Combine(Fixtures.RepositoryRoot, "notebooks");
        Notebooks = [.. Directory.GetFiles(folder, "*.es.dib").Select(f => Path.GetFileName(f).Replace(".es.dib", ".dib")).Order()];
        Site = RunnerProcess.TempFolder();
        var result = RunnerProcess.Run(["render", .. Notebooks.SelectMany(n => new[] { Path.Combine(folder, n), Path.Combine(folder, n.Replace(".dib", ".es.dib")) }),
            "--out", Site, "--edition", "full"]);
        Failure = result.ExitCode == 0 ? null : $"{result.Output}\n{result.Errors}";
    }

    /// <summary>The English notebooks that have a translation.</summary>
    public IReadOnlyList<string> Notebooks { get; }

    /// <summary>The rendered site: English pages at its root, Spanish ones in es/.</summary>
    public string Site { get; }

    /// <summary>The runner's output when the render failed; null when it succeeded.</summary>
    public string? Failure { get; }

    /// <summary>The rendered .ipynb of <paramref name="notebook"/> (an English name) in <paramref name="language"/>.</summary>
    public System.Text.Json.JsonDocument Ipynb(string notebook, string language) => System.Text.Json.JsonDocument.Parse(File.ReadAllText(language == "en"
        ? Path.Combine(Site, Path.ChangeExtension(notebook, ".ipynb"))
        : Path.Combine(Site, language, notebook.Replace(".dib", $".{language}.ipynb"))));
}

/// <summary>
/// The Spanish edition computes what the English one does and says it in Spanish: each notebook and its translation
/// have the same code cells in the same order with the same numbers in their outputs, and the words the library and
/// the notebooks' code print in the Spanish pages — captions, column headings, checks, exercise messages, footnotes,
/// chart titles and axes, console lines — are not English.
/// </summary>
[Collection(BothEditionsFixture.Collection)]
public partial class BothEditionsTests(BothEditionsFixture fixture)
{
    [Fact]
    public void Both_editions_print_the_same_numbers_cell_by_cell()
    {
        Assert.True(fixture.Failure is null, fixture.Failure);
        Assert.NotEmpty(fixture.Notebooks);
        foreach (string notebook in fixture.Notebooks)
        {
            using var englishPage = fixture.Ipynb(notebook, "en");
            using var spanishPage = fixture.Ipynb(notebook, "es");
            var english = NumbersByCell(englishPage);
            var spanish = NumbersByCell(spanishPage);
            Assert.Equal(english.Count, spanish.Count);
            for (int i = 0; i < english.Count; i++)
                Assert.True(english[i].SequenceEqual(spanish[i]), $"code cell {i + 1} of {notebook}: English prints {string.Join(" ", english[i])}, Spanish {string.Join(" ", spanish[i])}");
        }
    }

    [Fact]
    public void The_Spanish_pages_print_no_English_sentence()
    {
        Assert.True(fixture.Failure is null, fixture.Failure);
        var english = new List<string>();
        foreach (string notebook in fixture.Notebooks)
        {
            using var spanish = fixture.Ipynb(notebook, "es");
            foreach (var (cell, words) in PrintedWords(spanish))
                if (words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => EnglishText.FunctionWords.Contains(w.ToLowerInvariant())) >= 2)
                    english.Add($"{notebook.Replace(".dib", ".es.dib")} code cell {cell}: {words}");
        }
        Assert.True(english.Count == 0, "English left in the Spanish pages' outputs:\n" + string.Join("\n", english));
    }

    [Fact]
    public void The_Spanish_index_and_citations_are_in_Spanish()
    {
        // The index cards and every page's "how to cite" box come from the studies' resources in the page's language.
        Assert.True(fixture.Failure is null, fixture.Failure);
        string index = File.ReadAllText(Path.Combine(fixture.Site, "es", "index.html"));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(SmeNotebooks.Tests.Support.TestCulture.InLanguage("es", () => SmeNotebooks.Studies.Sonora.SonoraStudy.About.Question)), index);
        Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(SmeNotebooks.Studies.Sonora.SonoraStudy.About.Question), index);
        string page = File.ReadAllText(Path.Combine(fixture.Site, "es", fixture.Notebooks.First(n => n.StartsWith("04", StringComparison.Ordinal)).Replace(".dib", ".es.html")));
        string cite = Regex.Match(page, "<aside class=\"cite\">(.*?)</aside>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("McDermott, G. A. y Pietrobelli, C. (2017). En ", cite);
        Assert.DoesNotContain("the chapter", cite);   // the reference's note in Spanish too (the book's own title stays as published)
    }

    [Fact]
    public void Each_index_links_the_other_language()
    {
        // A reader who lands on the English front page finds the Spanish edition from there, and back.
        Assert.True(fixture.Failure is null, fixture.Failure);
        Assert.Contains("<a class=\"language\" hreflang=\"es\" href=\"es/index.html\">Espa&#241;ol</a>", File.ReadAllText(Path.Combine(fixture.Site, "index.html")));
        Assert.Contains("<a class=\"language\" hreflang=\"en\" href=\"../index.html\">English</a>", File.ReadAllText(Path.Combine(fixture.Site, "es", "index.html")));
    }

    [Fact]
    public void The_detector_finds_the_English_pages_English()
    {
        // The same detector on the English pages must fire, or the test above proves nothing.
        Assert.True(fixture.Failure is null, fixture.Failure);
        using var english = fixture.Ipynb(fixture.Notebooks.First(n => n.StartsWith("01", StringComparison.Ordinal)), "en");
        Assert.Contains(PrintedWords(english), p => p.Words.Split(' ').Count(w => EnglishText.FunctionWords.Contains(w.ToLowerInvariant())) >= 2);
    }

    /// <summary>
    /// The words each code cell's outputs print that come from the library or the notebook's code: table captions,
    /// column headings, footnotes, check and exercise lines, chart titles and annotations, console text — not
    /// DataFrames, row labels or legend entries, which show data as its source gives it.
    /// </summary>
    private static IEnumerable<(int Cell, string Words)> PrintedWords(System.Text.Json.JsonDocument ipynb)
    {
        int cell = 0;
        foreach (var c in ipynb.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code"))
        {
            cell++;
            foreach (var o in c.GetProperty("outputs").EnumerateArray())
            {
                var items = new List<string>();
                if (o.TryGetProperty("text", out var stream)) items.Add(string.Concat(stream.EnumerateArray().Select(l => l.GetString())));
                if (o.TryGetProperty("data", out var data) && data.TryGetProperty("text/html", out var htmlLines))
                {
                    string html = EnglishText.DataFrame().Replace(string.Concat(htmlLines.EnumerateArray().Select(l => l.GetString())), "");
                    items.AddRange(Printed().Matches(html).Select(m => m.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value));
                }
                foreach (string item in items)
                    yield return (cell, System.Net.WebUtility.HtmlDecode(EnglishText.Tag().Replace(item, " ")).Replace('\n', ' '));
            }
        }
    }

    /// <summary>
    /// For every code cell, the numbers in its text outputs, each once and sorted: a translation may reorder a sentence,
    /// and a table of a Spanish paper shows an English reader its translation beside the original (the same numbers twice).
    /// </summary>
    private static List<string[]> NumbersByCell(System.Text.Json.JsonDocument ipynb) =>
        [.. ipynb.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => c.GetProperty("outputs").EnumerateArray().SelectMany(o =>
                    o.TryGetProperty("text", out var text) ? text.EnumerateArray()
                    : o.TryGetProperty("data", out var data) && data.TryGetProperty("text/plain", out var plain) && !plain.ToString().Contains("Plotly") ? plain.EnumerateArray() : [])
                .SelectMany(line => Number().Matches(line.GetString()!).Select(m => m.Value)).Distinct().Order().ToArray())];

    [GeneratedRegex(@"-?\d+(?:\.\d+)?(?:E[-+]?\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex("<caption>(.*?)</caption>|<th>(.*?)</th>|<tfoot>(.*?)</tfoot>|<p class=\"sme-[a-z -]+\">(.*?)</p>|\"title\":\\{\"text\":\"(.*?)\"|<figcaption>(.*?)</figcaption>", RegexOptions.Singleline)]
    private static partial Regex Printed();

}

/// <summary>The test classes that read the site <see cref="BothEditionsFixture"/> renders once for all of them.</summary>
[CollectionDefinition(BothEditionsFixture.Collection)]
public sealed class BothEditionsCollection : ICollectionFixture<BothEditionsFixture>;
