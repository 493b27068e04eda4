using SmeNotebooks.Runner.Execution;
using SmeNotebooks.Studies;

namespace SmeNotebooks.Runner.Rendering;

/// <summary>
/// One edition of the rendered collection in a folder: a page and an .ipynb per notebook, in collection order with
/// previous and next links, the data files each notebook read copied under <c>data/</c> (with their folders' READMEs)
/// so that the "data behind this page" links work offline, and the index of study cards.
/// </summary>
public static class Site
{
    /// <summary>
    /// Writes <paramref name="runs"/> (collection order: by file name) to <paramref name="folder"/> as <paramref name="edition"/>;
    /// <paramref name="otherEdition"/> is where the other edition's pages are, relative to this folder, or null;
    /// <paramref name="siteRoot"/> is the English full edition's folder, under which each translation has its own
    /// (<c>es/</c>, <c>es/student/</c>), so that every page can link the same page in the other language when
    /// <paramref name="rendered"/> (every notebook this render executed, in any language) has it. With
    /// <paramref name="live"/> the pages run their cells in the browser from the site's <c>live/</c> folder (<see cref="LiveSite"/>).
    /// </summary>
    public static void Write(IReadOnlyList<NotebookRun> runs, string folder, Edition edition, string? otherEdition, string siteRoot, IReadOnlySet<string> rendered, bool live = false)
    {
        Directory.CreateDirectory(folder);
        var ordered = runs.OrderBy(r => Path.GetFileName(r.Path), StringComparer.Ordinal).ToList();
        for (int i = 0; i < ordered.Count; i++)
        {
            var run = ordered[i];
            string name = Path.GetFileNameWithoutExtension(run.Path);
            (string, string)? Neighbour(int j) => j >= 0 && j < ordered.Count ? (Path.GetFileNameWithoutExtension(ordered[j].Path), ordered[j].Title) : null;
            var study = StudyCatalog.All.FirstOrDefault(s => s.Notebook == SmeNotebooks.Engine.Translation.NotebookFiles.EnglishName(name));
            string language = SmeNotebooks.Engine.Translation.NotebookFiles.LanguageOf(run.Path);
            var context = new PageContext(edition, Neighbour(i - 1), Neighbour(i + 1), CopyData(run, folder), study?.Citation.ToString(),
                language, OtherLanguages(run.Path, language, folder, edition, siteRoot, rendered), live ? LiveSite.From(folder, siteRoot) : null);
            string html = HtmlPage.Render(run, context);
            if (language != SmeNotebooks.Localization.Languages.Source) html = LinkTranslations(html, language, ordered, folder, edition, siteRoot);
            File.WriteAllText(Path.Combine(folder, name + ".html"), html);
            File.WriteAllText(Path.Combine(folder, name + ".ipynb"), IpynbWriter.Write(run, edition));
        }
        string indexLanguage = ordered.Count > 0 ? SmeNotebooks.Engine.Translation.NotebookFiles.LanguageOf(ordered[0].Path) : SmeNotebooks.Localization.Languages.Source;
        var otherIndexes = OtherIndexes(indexLanguage, folder, edition, siteRoot, rendered);
        string? report = ordered.Count > 0 ? CoverageReport(Path.GetDirectoryName(ordered[0].Path)!) : null;
        if (report is not null)
        {
            var notebooks = ordered.Select(r => (Study: StudyCatalog.All.FirstOrDefault(s => s.Notebook == SmeNotebooks.Engine.Translation.NotebookFiles.EnglishName(Path.GetFileNameWithoutExtension(r.Path))), Run: r))
                .Where(p => p.Study is not null).ToDictionary(p => p.Study!.DataFolderName, p => (p.Run.Title, Path.GetFileNameWithoutExtension(p.Run.Path) + ".html"));
            var otherPages = otherIndexes.Select(l => l with { Href = l.Href[..^"index.html".Length] + CoveragePage.File }).ToArray();
            File.WriteAllText(Path.Combine(folder, CoveragePage.File), CoveragePage.Render(report, indexLanguage, notebooks, otherPages));
            Directory.CreateDirectory(Path.Combine(folder, "data"));
            File.Copy(report, Path.Combine(folder, "data", CoveragePage.Report), overwrite: true);
        }
        File.WriteAllText(Path.Combine(folder, "index.html"), IndexPage.Render(ordered, indexLanguage, edition, otherEdition, otherIndexes, report is not null));
    }

    /// <summary>
    /// The coverage report (<see cref="CoveragePage.Report"/>) of the collection whose notebooks are in
    /// <paramref name="notebooks"/>: in the data folder beside them; null for notebooks outside a collection.
    /// </summary>
    private static string? CoverageReport(string notebooks)
    {
        for (var dir = new DirectoryInfo(notebooks); dir is not null; dir = dir.Parent)
        {
            string report = Path.Combine(dir.FullName, "data", CoveragePage.Report);
            if (File.Exists(report)) return report;
        }
        return null;
    }

    /// <summary>
    /// The links from an index to the same edition's index in every other language that <paramref name="rendered"/>
    /// has a notebook in, English first, each labelled with its language's own name.
    /// </summary>
    private static IReadOnlyList<LanguageLink> OtherIndexes(string language, string folder, Edition edition, string siteRoot, IReadOnlySet<string> rendered) =>
        rendered.Select(SmeNotebooks.Engine.Translation.NotebookFiles.LanguageOf).Distinct().Where(other => other != language)
            .OrderBy(other => other != SmeNotebooks.Localization.Languages.Source).ThenBy(other => other, StringComparer.Ordinal)
            .Select(other => new LanguageLink(other, LanguageName(other),
                Path.GetRelativePath(folder, Path.Combine(EditionFolder(other, edition, siteRoot), "index.html")).Replace('\\', '/'))).ToArray();

    /// <summary>The folder of <paramref name="edition"/> in <paramref name="language"/> under <paramref name="siteRoot"/>.</summary>
    private static string EditionFolder(string language, Edition edition, string siteRoot)
    {
        string root = language == SmeNotebooks.Localization.Languages.Source ? siteRoot : Path.Combine(siteRoot, language);
        return edition == Edition.Student ? Path.Combine(root, "student") : root;
    }

    /// <summary>A language's own name ("English", "Español").</summary>
    private static string LanguageName(string language) =>
        PageStrings.ResourceManager.GetString(nameof(PageStrings.ThisLanguage), SmeNotebooks.Engine.Execution.NotebookCulture.For(language)) ?? language;

    /// <summary>
    /// Translated prose keeps the English links ("01-sonora-….html"); in a translated page each such link to a notebook
    /// of the collection leads to its translation when <paramref name="translated"/> has one, and otherwise to the
    /// English page of the same edition — so the links work while only some notebooks are translated.
    /// </summary>
    private static string LinkTranslations(string html, string language, IReadOnlyList<NotebookRun> translated, string folder, Edition edition, string siteRoot)
    {
        var names = translated.Select(r => Path.GetFileNameWithoutExtension(r.Path)).ToHashSet(StringComparer.Ordinal);
        var notebooks = translated.Select(r => Path.GetDirectoryName(r.Path)!).Distinct().ToList();
        string english = edition == Edition.Student ? Path.Combine(siteRoot, "student") : siteRoot;
        return System.Text.RegularExpressions.Regex.Replace(html, "href=\"([A-Za-z0-9][A-Za-z0-9_-]*)\\.html(#[^\"]*)?\"", m =>
        {
            string name = m.Groups[1].Value;
            if (names.Contains(name + "." + language)) return $"href=\"{name}.{language}.html{m.Groups[2].Value}\"";
            bool notebook = notebooks.Any(d => File.Exists(Path.Combine(d, name + ".dib")));
            return !notebook ? m.Value
                : $"href=\"{Path.GetRelativePath(folder, Path.Combine(english, name + ".html")).Replace('\\', '/')}{m.Groups[2].Value}\"";
        });
    }

    /// <summary>
    /// The links from a page to the same page in every other language (same edition) whose notebook was rendered too
    /// (<paramref name="rendered"/>: full paths), English first, each labelled with its language's own name.
    /// </summary>
    private static IReadOnlyList<LanguageLink> OtherLanguages(string notebook, string language, string folder, Edition edition, string siteRoot, IReadOnlySet<string> rendered)
    {
        string english = SmeNotebooks.Engine.Translation.NotebookFiles.EnglishName(notebook);
        string directory = Path.GetFullPath(Path.GetDirectoryName(notebook)!);
        return rendered.Where(path => Path.GetDirectoryName(path) == directory && SmeNotebooks.Engine.Translation.NotebookFiles.EnglishName(path) == english)
            .Select(SmeNotebooks.Engine.Translation.NotebookFiles.LanguageOf).Where(other => other != language)
            .OrderBy(other => other != SmeNotebooks.Localization.Languages.Source).ThenBy(other => other, StringComparer.Ordinal)
            .Select(other =>
            {
                string otherName = other == SmeNotebooks.Localization.Languages.Source ? english : english + "." + other;
                return new LanguageLink(other, LanguageName(other), Path.GetRelativePath(folder, Path.Combine(EditionFolder(other, edition, siteRoot), otherName + ".html")).Replace('\\', '/'));
            }).ToArray();
    }

    /// <summary>
    /// Copies the data files <paramref name="run"/> read, and each one's folder README, into <c>folder/data/</c>;
    /// returns their links relative to the page. Files outside a <c>data</c> folder are not listed.
    /// </summary>
    private static IReadOnlyList<string> CopyData(NotebookRun run, string folder)
    {
        var links = new List<string>();
        foreach (string file in run.DataFiles)
        {
            string? root = DataRoot(file);
            if (root is null) continue;
            string readme = Path.Combine(Path.GetDirectoryName(file)!, "README.md");
            foreach (string source in File.Exists(readme) ? new[] { readme, file } : [file])
            {
                string relative = Path.GetRelativePath(root, source).Replace('\\', '/');
                string link = "data/" + relative;
                if (links.Contains(link)) continue;
                string target = Path.Combine(folder, "data", relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target, overwrite: true);
                links.Add(link);
            }
        }
        return links;
    }

    private static string? DataRoot(string file)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(file)!); dir is not null; dir = dir.Parent)
            if (dir.Name == "data") return dir.FullName;
        return null;
    }
}
