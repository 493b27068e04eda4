using System.Reflection;
using System.Text.Json;

namespace SmeNotebooks.Runner.Rendering;

/// <summary>
/// The <c>live/</c> folder of a rendered site, shared by every page, edition and language (so the browser downloads and
/// caches the engine once): the browser engine as built with this runner (<c>_framework/</c>, its worker, the pages'
/// script and editor), plotly.js (from Plotly.NET's embedded copy, with its licence) and, for the engine's
/// in-memory file system, the collection's data and code-message catalogs listed in <c>files.json</c>. Nothing in it is
/// fetched from anywhere else.
/// </summary>
public static partial class LiveSite
{
    /// <summary>The folder's name under the site's root.</summary>
    public const string Folder = "live";

    private static string? Metadata(string key) =>
        typeof(LiveSite).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;

    /// <summary>The browser engine's build (its <c>wwwroot</c> with <c>_framework/</c>), or null when it was not built.</summary>
    public static string? EngineBuild => Metadata("BrowserEngineBuild") is { } folder && File.Exists(Path.Combine(folder, "_framework", "dotnet.js")) ? folder : null;

    /// <summary>
    /// Writes <c>live/</c> under <paramref name="siteRoot"/> for notebooks in <paramref name="notebookFolders"/>: their
    /// <c>../data</c> and the <c>i18n/&lt;lang&gt;/messages</c> catalogs above them become the engine's files. Returns
    /// false (writing nothing) when the browser engine was not built.
    /// </summary>
    public static bool Write(string siteRoot, IEnumerable<string> notebookFolders)
    {
        if (EngineBuild is not { } build || Metadata("BrowserEngine") is not { } project) return false;
        string live = Path.Combine(siteRoot, Folder);
        string framework = Path.Combine(live, "_framework");
        // Source maps are for debuggers only; everything else (symbols included) is in the runtime's boot manifest.
        Copy(Path.Combine(build, "_framework"), framework, file => !SourceMap().IsMatch(file));
        Copy(Path.Combine(project, "wwwroot"), live, _ => true);
        // plotly.js for a chart drawn live on a page that rendered none (pages with charts carry their own copy).
        File.WriteAllText(Path.Combine(live, "plotly.min.js"), SmeNotebooks.Charts.ChartHtml.PlotlyScript());
        File.WriteAllText(Path.Combine(live, "plotly.LICENSE.txt"), SmeNotebooks.Charts.ChartHtml.PlotlyLicense());

        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string folder in notebookFolders.Select(Path.GetFullPath).Distinct())
        {
            string data = Path.GetFullPath(Path.Combine(folder, "..", "data"));
            if (Directory.Exists(data)) files.UnionWith(Copy(data, Path.Combine(live, "data"), f => f.EndsWith(".csv", StringComparison.Ordinal)).Select(f => "data/" + f));
            for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
            {
                string i18n = Path.Combine(dir.FullName, "i18n");
                if (!Directory.Exists(i18n)) continue;
                foreach (string messages in Directory.EnumerateDirectories(i18n).Select(l => Path.Combine(l, "messages")).Where(Directory.Exists))
                {
                    string language = Path.GetFileName(Path.GetDirectoryName(messages)!);
                    files.UnionWith(Copy(messages, Path.Combine(live, "i18n", language, "messages"), f => f.EndsWith(".po", StringComparison.Ordinal))
                        .Select(f => $"i18n/{language}/messages/{f}"));
                }
                break;
            }
        }
        File.WriteAllText(Path.Combine(live, "files.json"), JsonSerializer.Serialize(files));
        return true;
    }

    /// <summary>The path from a page in <paramref name="pageFolder"/> to the live folder of <paramref name="siteRoot"/>, ending in '/'.</summary>
    public static string From(string pageFolder, string siteRoot) =>
        Path.GetRelativePath(Path.GetFullPath(pageFolder), Path.Combine(Path.GetFullPath(siteRoot), Folder)).Replace('\\', '/') + "/";

    /// <summary>Copies the files of <paramref name="source"/> that <paramref name="keep"/> accepts, sub-folders included; returns their relative paths.</summary>
    private static List<string> Copy(string source, string target, Func<string, bool> keep)
    {
        var copied = new List<string>();
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            if (!keep(relative)) continue;
            string destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
            copied.Add(relative);
        }
        return copied;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\.map(\.gz|\.br)?$")]
    private static partial System.Text.RegularExpressions.Regex SourceMap();
}
