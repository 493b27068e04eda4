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
