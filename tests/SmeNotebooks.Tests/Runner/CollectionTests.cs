using System.Text.RegularExpressions;
using System.Xml.Linq;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

/// <summary>Every notebook under notebooks/ (discovered, not listed) executes through the runner without error.</summary>
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
    public void Notebook_renders_without_error(string notebook)
    {
        var site = RunnerProcess.TempFolder();
        var result = RunnerProcess.Run("render", Path.Combine(Fixtures.RepositoryRoot, "notebooks", notebook), "--out", site);
        Assert.True(result.ExitCode == 0, $"{notebook} failed:\n{result.Output}\n{result.Errors}");
        string language = SmeNotebooks.Runner.Translation.NotebookTranslation.LanguageOf(notebook);   // a translation's pages go to <out>/<lang>
        Assert.True(File.Exists(Path.Combine(site, language == "en" ? "" : language, Path.ChangeExtension(notebook, ".html"))));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_nuget_references_use_the_central_package_versions(string notebook)
    {
        var versions = XDocument.Load(Path.Combine(Fixtures.RepositoryRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
        versions["Plotly.NET.Interactive"] = SmeNotebooks.Runner.Execution.PackageCatalog.PlotlyInteractiveVersion;
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
}

/// <summary>
/// The Spanish edition computes what the English one does: rendered side by side, each notebook and its translation
/// have the same code cells in the same order, and each cell's text outputs carry the same numbers — only words differ.
/// </summary>
public partial class EditionNumbersTests
{
    public static TheoryData<string> Translated() => [.. Directory.GetFiles(Path.Combine(Fixtures.RepositoryRoot, "notebooks"), "*.es.dib")
        .Select(f => Path.GetFileName(f).Replace(".es.dib", ".dib")).Order()];

    [Theory]
    [MemberData(nameof(Translated))]
    public void Both_editions_print_the_same_numbers_cell_by_cell(string notebook)
    {
        string folder = Path.Combine(Fixtures.RepositoryRoot, "notebooks"), site = RunnerProcess.TempFolder();
        string spanish = notebook.Replace(".dib", ".es.dib");
        var result = RunnerProcess.Run("render", Path.Combine(folder, notebook), Path.Combine(folder, spanish), "--out", site, "--edition", "full");
        Assert.True(result.ExitCode == 0, $"{notebook} failed:\n{result.Output}\n{result.Errors}");
        var english = NumbersByCell(Path.Combine(site, Path.ChangeExtension(notebook, ".ipynb")));
        var translated = NumbersByCell(Path.Combine(site, "es", Path.ChangeExtension(spanish, ".ipynb")));
        Assert.Equal(english.Count, translated.Count);
        for (int i = 0; i < english.Count; i++)
            Assert.True(english[i].SequenceEqual(translated[i]), $"code cell {i + 1} of {notebook}: English prints {string.Join(" ", english[i])}, Spanish {string.Join(" ", translated[i])}");
    }

    /// <summary>For every code cell, the numbers in its text outputs (sorted: a translation may reorder a sentence).</summary>
    private static List<string[]> NumbersByCell(string ipynb)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(ipynb));
        return [.. document.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => c.GetProperty("outputs").EnumerateArray().SelectMany(o =>
                    o.TryGetProperty("text", out var text) ? text.EnumerateArray()
                    : o.TryGetProperty("data", out var data) && data.TryGetProperty("text/plain", out var plain) && !plain.ToString().Contains("Plotly") ? plain.EnumerateArray() : [])
                .SelectMany(line => Number().Matches(line.GetString()!).Select(m => m.Value)).Order().ToArray())];
    }

    [GeneratedRegex(@"-?\d+(?:\.\d+)?(?:E[-+]?\d+)?")]
    private static partial Regex Number();
}
