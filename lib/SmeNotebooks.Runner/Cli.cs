using SmeNotebooks.Runner.Dib;
using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Runner.Execution;
using SmeNotebooks.Runner.Rendering;

namespace SmeNotebooks.Runner;

/// <summary>The render and check commands.</summary>
internal static class Cli
{
    /// <summary>
    /// Executes every notebook under <paramref name="paths"/>; renders to <paramref name="output"/> when given — the
    /// full edition there and the student edition in its <c>student</c> folder ("both"), or only the one named — in
    /// the languages <paramref name="language"/> names: "en" (<c>name.dib</c>), a translation's code ("es":
    /// <c>name.es.dib</c>) or "all". Exit code 2, naming the languages found, when no notebook is in the one asked for.
    /// </summary>
    public static int Run(string[] paths, string? output, bool keepGoing, double timeoutSeconds, string edition, string language = "all")
    {
        List<string> notebooks;
        try { notebooks = [.. Discover(paths)]; }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
        var found = notebooks.Select(SmeNotebooks.Engine.Translation.NotebookFiles.LanguageOf).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (language != "all" && !found.Contains(language))
        {
            Console.Error.WriteLine($"No notebook in the language '{language}' among the paths given; their languages: {string.Join(", ", found)} (or all).");
            return 2;
        }
        notebooks = [.. notebooks.Where(n => language == "all" || SmeNotebooks.Engine.Translation.NotebookFiles.LanguageOf(n) == language)];
        var runs = new List<NotebookRun>();
        foreach (var run in NotebookProcess.RunAll(notebooks, TimeSpan.FromSeconds(timeoutSeconds), keepGoing))
        {
            string notebook = run.Path;
            runs.Add(run);
            int executed = run.Cells.Count(c => c.Language == CellLanguage.CSharp && c.Status is CellStatus.Ok or CellStatus.Failed);
            string slowest = run.SlowestCell is { } cell ? $", slowest cell {cell.Number} {cell.Milliseconds / 1000:0.0} s" : "";
            Console.WriteLine($"{Path.GetFileName(notebook)}: {run.Cells.Count} cells ({executed} C# executed), {run.Milliseconds / 1000:0.0} s{slowest}, {(run.Succeeded ? "ok" : "FAILED")}");
            foreach (var error in run.Errors) Console.Error.WriteLine("  " + error);
            if (!run.Succeeded && !keepGoing) break;
        }
        Console.WriteLine($"{runs.Count} notebook(s), {runs.Sum(r => r.Milliseconds) / 1000:0.0} s of notebook time");
        if (output is not null)
        {
            // English pages in <out>, each translation's in <out>/<lang>; each language in its editions.
            var rendered = runs.Select(r => Path.GetFullPath(r.Path)).ToHashSet(StringComparer.Ordinal);
            bool live = LiveSite.Write(output, runs.Select(r => Path.GetDirectoryName(r.Path)!));
            Console.WriteLine(live ? $"Wrote the browser engine to {Path.GetFullPath(Path.Combine(output, LiveSite.Folder))}: the pages run live when served (serve {output})"
                : "The browser engine is not built: the pages are read-only (dotnet build lib/SmeNotebooks.Browser -c Release makes them live).");
            foreach (var group in runs.GroupBy(r => SmeNotebooks.Engine.Translation.NotebookFiles.LanguageOf(r.Path)))
            {
                // The library's words on the pages (index cards, citations) in the pages' language.
                NotebookCulture.Apply(group.Key);
                string root = group.Key == SmeNotebooks.Localization.Languages.Source ? output : Path.Combine(output, group.Key);
                var sites = edition switch
                {
                    "full" => [(root, Edition.Full)],
                    "student" => [(root, Edition.Student)],
                    _ => new List<(string Folder, Edition Edition)> { (root, Edition.Full), (Path.Combine(root, "student"), Edition.Student) },
                };
                foreach (var (folder, kind) in sites)
                {
                    Site.Write([.. group], folder, kind, edition != "both" ? null : kind == Edition.Full ? "student/" : "../", output, rendered, live);
                    Console.WriteLine($"Wrote {group.Count()} page(s) and index.html ({group.Key}, {kind.ToString().ToLowerInvariant()} edition) to {Path.GetFullPath(folder)}");
                }
            }
        }
        return runs.All(r => r.Succeeded) && runs.Count == notebooks.Count ? 0 : 1;
    }

    /// <summary>The .dib files named or contained (top level, sorted) in <paramref name="paths"/>.</summary>
    internal static List<string> Discover(IEnumerable<string> paths)
    {
        var found = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.GetFiles(path, "*.dib").OrderBy(p => p, StringComparer.Ordinal).ToList();
                if (inFolder.Count == 0) throw new ArgumentException($"No .dib notebooks in the folder '{path}'.");
                found.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                if (!path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase)) throw new ArgumentException($"'{path}' is not a .dib notebook.");
                found.Add(path);
            }
            else throw new ArgumentException($"No such file or folder: '{path}'.");
        }
        return found;
    }
}
