using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SmeNotebooks.Engine.Translation;
using SmeNotebooks.Localization;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Localization;

/// <summary>
/// A language is files, not code. In a copy of the collection's sources, a pseudo-language — Italian by its code,
/// every text the English one wrapped in ⟪ ⟫ — is added the way CONTRIBUTING.md says, with files alone: an
/// <c>X.it.resx</c> beside every <c>X.es.resx</c> and an <c>i18n/it/</c> folder of catalogs. The copy builds, its
/// runner translates the start page into it and renders it, and every layer speaks it: the prose (catalog), the
/// code's messages (catalog), the library's words and the page chrome (resources), the page's language, the language
/// switch both ways and the notebook's kernel. Not one line of code is touched.
/// </summary>
public class NewLanguageTests
{
    private const string Language = "it";

    private static string Pseudo(string english) => "⟪" + english + "⟫";

    [Fact]
    public void A_language_added_as_files_alone_builds_translates_and_renders()
    {
        string root = Directory.CreateTempSubdirectory("sme-language-").FullName;
        try
        {
            string repository = Fixtures.RepositoryRoot;
            foreach (string project in new[] { "SmeNotebooks", "SmeNotebooks.Engine", "SmeNotebooks.Runner" })
                CopySources(Path.Combine(repository, "lib", project), Path.Combine(root, "lib", project));
            CopySources(Path.Combine(repository, "data"), Path.Combine(root, "data"));
            CopySources(Path.Combine(repository, "i18n"), Path.Combine(root, "i18n"));
            foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
                File.Copy(Path.Combine(repository, file), Path.Combine(root, file));
            Directory.CreateDirectory(Path.Combine(root, "notebooks"));
            File.Copy(Path.Combine(repository, "notebooks", "00-start-here.dib"), Path.Combine(root, "notebooks", "00-start-here.dib"));

            // The new language's files: resources beside the Spanish ones, catalogs beside the Spanish catalogs.
            int resources = 0;
            foreach (string spanish in Directory.EnumerateFiles(Path.Combine(root, "lib"), "*.es.resx", SearchOption.AllDirectories))
            {
                WriteResources(spanish[..^"es.resx".Length] + "resx", spanish[..^"es.resx".Length] + Language + ".resx");
                resources++;
            }
            Assert.True(resources >= 5, $"only {resources} resource files to translate");
            WriteCatalog(Path.Combine(root, "i18n", "es", "00-start-here.po"), Path.Combine(root, "i18n", Language, "00-start-here.po"), PseudoParagraph);
            WriteCatalog(Path.Combine(root, "i18n", "es", "messages", "00-start-here.po"), Path.Combine(root, "i18n", Language, "messages", "00-start-here.po"), Pseudo);

            var build = Run(root, "dotnet", "build", Path.Combine(root, "lib", "SmeNotebooks.Runner"), "-c", "Release", "-p:BuildLiveEngine=false", "-v", "q", "-nologo");
            Assert.True(build.ExitCode == 0, build.Output);
            string runner = Path.Combine(root, "lib", "SmeNotebooks.Runner", "bin", "Release", "net10.0", "SmeNotebooks.Runner.dll");
            var translate = Run(root, "dotnet", runner, "translate", Path.Combine(root, "notebooks"));
            Assert.True(translate.ExitCode == 0, translate.Output);
            string notebook = Path.Combine(root, "notebooks", "00-start-here." + Language + ".dib");
            Assert.True(File.Exists(notebook), "translate wrote no notebook in the new language:\n" + translate.Output);
            Assert.True(File.Exists(Path.Combine(root, "notebooks", "00-start-here.es.dib")), "translate (all languages) left Spanish out");
            var render = Run(root, "dotnet", runner, "render", Path.Combine(root, "notebooks", "00-start-here.dib"), notebook,
                "--out", Path.Combine(root, "site"), "--edition", "full");
            Assert.True(render.ExitCode == 0, render.Output);

            string html = File.ReadAllText(Path.Combine(root, "site", Language, "00-start-here." + Language + ".html"));
            string text = PageText.Of(html);
            Assert.Contains($"<html lang=\"{Language}\"", html);
            Assert.Contains("⟪it⟫ This page checks that your setup works", text);                 // prose, from the catalog
            Assert.Contains(Pseudo("small IT firm"), html);                                          // a code message, from the catalog
            Assert.Contains(Pseudo("All notebooks"), text);                                          // the chrome, from the runner's resources
            Assert.Contains(Pseudo(Strings.Spss_ModelSummary), text);                                // the library's words, from its resources
            Assert.Contains("hreflang=\"en\" href=\"../00-start-here.html\">English</a>", html);
            string english = File.ReadAllText(Path.Combine(root, "site", "00-start-here.html"));
            Assert.Contains($"hreflang=\"{Language}\" href=\"{Language}/00-start-here.{Language}.html\">{Pseudo("English")}</a>", english);
            string twin = File.ReadAllText(Path.ChangeExtension(notebook, ".ipynb"));
            Assert.Contains($"\"smenotebooks-csharp-{Language}\"", twin);                              // its kernel, from the library's languages
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    /// <summary>A prose block with the marker after its Markdown prefix (heading, list item, quote); tables, code and maths as they are.</summary>
    private static string PseudoParagraph(string block) =>
        block.Length == 0 || "|`<$!".Contains(block[0]) ? block : Regex.Replace(block, @"^(#{1,6} |[-*+] |\d+\. |> )?", m => m.Value + "⟪it⟫ ");

    /// <summary>Writes the pseudo-language's resources for <paramref name="english"/>: every value wrapped, each comment the English it came from.</summary>
    private static void WriteResources(string english, string target)
    {
        var document = XDocument.Load(english);
        foreach (var data in document.Root!.Elements("data"))
        {
            var value = data.Element("value")!;
            data.SetElementValue("comment", "en: " + value.Value);
            value.Value = Pseudo(value.Value);
        }
        document.Save(target);
    }

    /// <summary>
    /// Writes the pseudo-language's catalog from the Spanish one: the same entries, each English text passed through
    /// <paramref name="translate"/> — but for entries Spanish keeps as they are (names, data keys), kept too.
    /// </summary>
    private static void WriteCatalog(string spanish, string target, Func<string, string> translate)
    {
        var catalog = new PoCatalog(Language);
        foreach (var entry in PoCatalog.Parse(File.ReadAllText(spanish), spanish).Entries)
            catalog.Set(entry with { Translation = entry.Translation == entry.English ? entry.English : translate(entry.English) });
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, catalog.Write());
    }

    private static void CopySources(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static (int ExitCode, string Output) Run(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + errors.Result);
    }
}
