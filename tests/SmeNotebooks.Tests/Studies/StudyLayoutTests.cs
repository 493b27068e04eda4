using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SmeNotebooks.Studies;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Studies;

/// <summary>
/// The collection's shape (CONTRIBUTING.md, "Adding a study"): every study has its data folder, its library folder,
/// its notebook and its tests, and the generic namespaces know no study by name.
/// </summary>
public class StudyLayoutTests
{
    private static readonly string Library = Path.Combine(Fixtures.RepositoryRoot, "lib", "SmeNotebooks");

    [Fact]
    public void Every_data_folder_belongs_to_exactly_one_study()
    {
        foreach (var folder in Directory.GetDirectories(Fixtures.DataFolder).Select(Path.GetFileName))
            Assert.True(StudyCatalog.All.Count(s => s.DataFolderName == folder) == 1,
                $"data/{folder}/ belongs to no study in StudyCatalog.All (or to several): add its Studies/<Name>/ folder and …Study.About.");
    }

    [Fact]
    public void Every_study_has_its_library_folder_notebook_tests_and_documented_data()
    {
        foreach (var study in StudyCatalog.All)
        {
            string code = Path.Combine(Library, "Studies", study.Name);
            Assert.True(File.Exists(Path.Combine(code, $"{study.Name}Study.cs")), $"{study.Name}: no lib/SmeNotebooks/Studies/{study.Name}/{study.Name}Study.cs");
            Assert.True(File.Exists(Path.Combine(Fixtures.RepositoryRoot, "notebooks", study.Notebook + ".dib")), $"{study.Name}: no notebooks/{study.Notebook}.dib");
            string tests = Path.Combine(Fixtures.RepositoryRoot, "tests", "SmeNotebooks.Tests", "Studies", study.Name);
            Assert.True(Directory.Exists(tests) && Directory.GetFiles(tests, "*Tests.cs").Length > 0, $"{study.Name}: no test class in tests/SmeNotebooks.Tests/Studies/{study.Name}/");
            Assert.True(File.Exists(Path.Combine(study.DataFolder(Fixtures.DataFolder), "README.md")), $"{study.Name}: data/{study.DataFolderName}/ has no README.md");
        }
    }

    [Fact]
    public void Every_library_study_folder_is_in_the_catalog()
    {
        foreach (var folder in Directory.GetDirectories(Path.Combine(Library, "Studies")).Select(Path.GetFileName))
            Assert.Contains(folder, StudyCatalog.All.Select(s => s.Name));
    }

    [Fact]
    public void The_generic_namespaces_name_no_study()
    {
        // A study's name, data folder and the words that only one study uses.
        var names = StudyCatalog.All.SelectMany(s => new[] { s.Name, s.DataFolderName })
            .Concat(["Sonora", "Jalisco", "knowledge-intensive", "CAPINNO", "GVC", "value chain", "McDermott", "seed 00"]);
        var pattern = new Regex(string.Join("|", names.Distinct().Select(n => $@"\b{Regex.Escape(n)}\b")), RegexOptions.IgnoreCase);
        var generic = Directory.GetDirectories(Library).Where(d => Path.GetFileName(d) is not ("Studies" or "bin" or "obj"));
        var hits = generic.SelectMany(d => Directory.GetFiles(d, "*.cs", SearchOption.AllDirectories))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => pattern.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Library, x.f)}:{x.i + 1}: {x.line.Trim()}").ToList();
        Assert.True(hits.Count == 0, "Study names in generic code (move it to Studies/<Name>/ or pass it as a parameter):\n" + string.Join("\n", hits));
    }

    [Fact]
    public void The_study_templates_compile_against_the_library()
    {
        // The library-side templates a fifth study starts from, as they are.
        var compilation = StudyTemplateTests.LibraryTemplates(text => text, "StudyTemplate");
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
