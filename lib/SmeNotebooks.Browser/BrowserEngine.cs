using System.Diagnostics;
using System.Runtime.InteropServices.JavaScript;
using System.Text.Json;
using SmeNotebooks.Engine.Execution;

namespace SmeNotebooks.Browser;

/// <summary>
/// The engine as the live pages' worker calls it (<c>engine-worker.js</c>): <see cref="Start"/> once, then
/// <see cref="Run"/> for each cell. The browser has no disk: the collection's data and message catalogs are copied
/// from the site into the runtime's in-memory file system under <see cref="Root"/> (the notebooks' folder is
/// <c>/sme/notebooks</c>, so their <c>../data</c> resolves as in the repository); the assemblies cells compile against
/// are the runtime's own (<see cref="AssemblyMetadata"/>), loaded from the site's <c>_framework</c> folder
/// (<see cref="LazyAssemblies"/>).
/// </summary>
public static partial class BrowserEngine
{
    /// <summary>The in-memory folder standing for the repository.</summary>
    public const string Root = "/sme";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static NotebookHost? _host;

    /// <summary>
    /// Prepares a notebook in <paramref name="language"/> — <paramref name="notebook"/>, its English name, picks the
    /// catalog of its cells' messages —: <paramref name="assemblies"/> names the assemblies the site serves
    /// (<c>System.Linq.dll</c>) and <paramref name="assemblyFiles"/> the files of <c>_framework</c> they are served as
    /// (named after their content, from the runtime's boot manifest), <paramref name="files"/> the data and catalog
    /// files (paths relative to the site's live folder, e.g. <c>data/sonora/table2.csv</c>,
    /// <c>i18n/es/messages/01-….po</c>) copied into the file system. Returns the milliseconds it took.
    /// </summary>
    [JSExport]
    public static double Start(string language, string notebook, string[] assemblies, string[] assemblyFiles, string[] files)
    {
        var clock = Stopwatch.StartNew();
        if (assemblies.Length != assemblyFiles.Length) throw new ArgumentException($"{assemblies.Length} assemblies but {assemblyFiles.Length} files.", nameof(assemblyFiles));
        LazyAssemblies.Files = assemblies.Zip(assemblyFiles).ToDictionary(a => a.First, a => a.Second, StringComparer.OrdinalIgnoreCase);
        AssemblyMetadata.Served = assemblies;
        foreach (string file in files)
        {
            string target = Path.Combine(Root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, SiteFiles.Read(file) ?? throw new FileNotFoundException($"The site has no file {file}.", file));
        }
        string notebooks = Path.Combine(Root, "notebooks");
        Directory.CreateDirectory(notebooks);
        Directory.SetCurrentDirectory(notebooks);
        _host = NotebookHost.Start(language, notebooks, notebook);
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Runs one cell (directives included) as cell <paramref name="number"/>; returns its <see cref="CellResult"/> as JSON.</summary>
    [JSExport]
    public static string Run(string code, int number)
    {
        var host = _host ?? throw new InvalidOperationException("The browser engine was not started.");
        var clock = Stopwatch.StartNew();
        var failure = host.Session.Execute(code, number);
        var outputs = host.Sink.Take();
        return JsonSerializer.Serialize(CellResult.Of(outputs, failure, number, clock.Elapsed.TotalMilliseconds), Json);
    }
}
