using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmeNotebooks.Studies;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Studies;

/// <summary>
/// A throwaway fifth study made from <c>templates/study/</c> the way CONTRIBUTING.md's "Adding a study" says — its
/// library files compiled, its data folder and notebook written, its two catalogs created by the runner and filled
/// in, its Spanish notebook written by <c>translate</c> — renders in English and in Spanish.
/// </summary>
public class StudyTemplateTests
{
    private static readonly string Templates = Path.Combine(Fixtures.RepositoryRoot, "templates", "study");

    /// <summary>What a contributor replaces in the templates: the study's names and the placeholders of a first table.</summary>
    private static string Instantiate(string text) => text
        .Replace("tableN-….csv", "table1-values.csv").Replace("table1-….csv", "table1-values.csv").Replace("(\"term\", \"…\")", "(\"term\", \"mean\")")
        .Replace("NameStudy", "FifthStudy").Replace("NameData", "FifthData").Replace("NameTables", "FifthTables").Replace("NameExercises", "FifthExercises")
        .Replace("Studies.Name", "Studies.Fifth").Replace("\"Name\", \"name\", \"NN-name\"", "\"Fifth\", \"fifth\", \"05-fifth\"")
        .Replace("data/name/", "data/fifth/");

    [Fact]
    public void A_fifth_study_made_from_the_template_renders_in_both_languages()
    {
        string root = Directory.CreateTempSubdirectory("sme-fifth-").FullName;
        // The collection's layout, Spanish included (its i18n/es folder), as a contributor finds it.
        foreach (string folder in new[] { "lib", "notebooks", "data/fifth", "i18n/es" }) Directory.CreateDirectory(Path.Combine(root, folder));

        // Step 2, the library: the study's classes, compiled against SmeNotebooks.dll into an assembly of its own.
        var compilation = LibraryTemplates(Instantiate, "SmeNotebooks.Studies.Fifth");
        var emitted = compilation.Emit(Path.Combine(root, "lib", "SmeNotebooks.Studies.Fifth.dll"));
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        // Step 1, the data (a first table, as printed), and step 3, the notebook (referencing the study's assembly).
        File.WriteAllText(Path.Combine(root, "data", "fifth", "table1-values.csv"), "term,value\nmean,2.50\n");
        File.Copy(Path.Combine(Templates, "data-README.md"), Path.Combine(root, "data", "fifth", "README.md"));
        string dib = Path.Combine(root, "notebooks", "05-fifth.dib");
        File.WriteAllText(dib, Instantiate(File.ReadAllText(Path.Combine(Templates, "NN-name.dib")))
            .Replace("#r \"../lib/SmeNotebooks/bin/Release/net8.0/SmeNotebooks.dll\"",
                     "#r \"../lib/SmeNotebooks/bin/Release/net8.0/SmeNotebooks.dll\"\n#r \"../lib/SmeNotebooks.Studies.Fifth.dll\""));

        var english = RunnerProcess.Run("render", dib, "--out", Path.Combine(root, "site"));
        Assert.True(english.ExitCode == 0, english.Output + english.Errors);
        string englishPage = PageText.Of(File.ReadAllText(Path.Combine(root, "site", "05-fifth.html")));
        Assert.Contains("not answered yet", englishPage);

        // Step 6, Spanish: the runner makes both catalogs; every entry gets its "translation"; translate writes the .es.dib.
        var catalogs = RunnerProcess.Run("catalog", dib);
        Assert.True(catalogs.ExitCode == 0, catalogs.Output + catalogs.Errors);
        string prose = Path.Combine(root, "i18n", "es", "05-fifth.po"), messages = Path.Combine(root, "i18n", "es", "messages", "05-fifth.po");
        Assert.True(File.Exists(prose) && File.Exists(messages), "catalog made no catalogs");
        foreach (string po in new[] { prose, messages }) File.WriteAllText(po, Filled(File.ReadAllText(po)));
        var translated = RunnerProcess.Run("translate", Path.Combine(root, "notebooks"));
        Assert.True(translated.ExitCode == 0, translated.Output + translated.Errors);
        var spanish = RunnerProcess.Run("render", Path.Combine(root, "notebooks", "05-fifth.es.dib"), "--out", Path.Combine(root, "site"));
        Assert.True(spanish.ExitCode == 0, spanish.Output + spanish.Errors);
        string spanishPage = PageText.Of(File.ReadAllText(Path.Combine(root, "site", "es", "05-fifth.es.html")));
        Assert.Contains("[es] A replication of", spanishPage);                               // the prose, from the catalog
        Assert.Contains("lang=\"es\"", File.ReadAllText(Path.Combine(root, "site", "es", "05-fifth.es.html")));
        Assert.Contains("sin responder todavía", spanishPage);                                // the library's words, in Spanish
        Assert.DoesNotContain("not answered yet", spanishPage);
        Directory.Delete(root, recursive: true);
    }

    /// <summary>
    /// The library-side templates (<c>Name*.cs.txt</c> but the tests'), each passed through <paramref name="instantiate"/>,
    /// as one compilation against SmeNotebooks.dll with the library's implicit usings.
    /// </summary>
    internal static CSharpCompilation LibraryTemplates(Func<string, string> instantiate, string assemblyName)
    {
        var trees = Directory.GetFiles(Templates, "Name*.cs.txt").Where(f => !f.EndsWith("Tests.cs.txt", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(instantiate(File.ReadAllText(f)), path: f))
            .Append(CSharpSyntaxTree.ParseText("global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic;"))
            .ToList();
        Assert.True(trees.Count >= 5, "the templates folder lost its library templates");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat([typeof(Study).Assembly.Location, typeof(Microsoft.Data.Analysis.DataFrame).Assembly.Location])
            .Distinct().Select(p => MetadataReference.CreateFromFile(p));
        return CSharpCompilation.Create(assemblyName, trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>A catalog with every empty msgstr filled by "[es] " and its msgid — a stand-in translator.</summary>
    private static string Filled(string po) => Regex.Replace(po, "msgid (\"(?:[^\"\\\\]|\\\\.)*\"(?:\\n\"(?:[^\"\\\\]|\\\\.)*\")*)\\nmsgstr \"\"(?!\\n\")", m =>
    {
        string id = m.Groups[1].Value;
        if (id == "\"\"") return m.Value;   // the header
        return $"msgid {id}\nmsgstr \"[es] \"\n{id}";
    });
}
