using Microsoft.CodeAnalysis;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// The .NET assemblies a cell is compiled against. Roslyn spends time on every reference of every submission (about
/// 20 µs each, measured: a trivial cell compiled against the whole framework's 170 assemblies took ~3 ms longer
/// than against these 48), so a session starts with <see cref="Common"/> — the assemblies behind the namespaces notebooks
/// use — and <see cref="NotebookSession"/> compiles a cell that fails against them once more against
/// <see cref="Whole"/>, keeping the whole framework for the rest of the session when that succeeds. A cell therefore
/// compiles exactly when it would against the whole framework, and its errors are the whole framework's.
/// </summary>
public static class FrameworkReferences
{
    /// <summary>
    /// The common assemblies: the core library and its facades (libraries built for .NET Standard or .NET Framework
    /// reference <c>netstandard</c>, <c>mscorlib</c>, <c>System</c>, <c>System.Core</c>), collections, LINQ (with
    /// its query and parallel operators, so no extension method silently binds elsewhere), console, files, text,
    /// regular expressions, JSON, XML, HTTP, numerics, tasks and threads, data tables, processes and <c>dynamic</c>.
    /// Listed in <c>CommonFramework.txt</c>, which the browser engine's build reads to load them at its start.
    /// </summary>
    public static readonly IReadOnlySet<string> CommonNames = ReadCommonNames();

    private static HashSet<string> ReadCommonNames()
    {
        using var stream = typeof(FrameworkReferences).Assembly.GetManifestResourceStream("CommonFramework.txt")!;
        using var reader = new StreamReader(stream);
        return new HashSet<string>(reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')), StringComparer.Ordinal);
    }

    /// <summary>
    /// The names (file paths on a machine, file names in the browser) of every framework assembly a cell may use: those
    /// named <c>System.*</c>, <c>netstandard</c>, <c>mscorlib</c>, <c>Microsoft.CSharp</c> and
    /// <c>Microsoft.Win32.Primitives</c> among the runtime's trusted platform assemblies (on a machine) or among
    /// <see cref="AssemblyMetadata.Served"/> (in the browser).
    /// </summary>
    private static readonly IReadOnlyList<string> Names = Framework(OperatingSystem.IsBrowser()
        ? AssemblyMetadata.Served
        : ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)).ToList();

    private static bool IsCommon(string name) => CommonNames.Contains(Path.GetFileNameWithoutExtension(name));

    private static IEnumerable<MetadataReference> References(IEnumerable<string> names) => OperatingSystem.IsBrowser()
        ? names.Select(n => AssemblyMetadata.Named(Path.GetFileNameWithoutExtension(n))).OfType<MetadataReference>()
        : names.Select(p => AssemblyMetadata.FromFile(p));

    /// <summary>True when <paramref name="name"/> (a simple name) is a framework assembly's name as <see cref="Whole"/> counts them.</summary>
    public static bool IsFramework(string name) =>
        name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib" or "Microsoft.CSharp" or "Microsoft.Win32.Primitives";

    private static IEnumerable<string> Framework(IEnumerable<string> paths) => paths
        .Where(p => IsFramework(Path.GetFileNameWithoutExtension(p)))
        .Distinct(StringComparer.Ordinal)   // the runtime lists System.Private.CoreLib twice
        .Order(StringComparer.Ordinal);

    /// <summary>The framework assemblies named in <see cref="CommonNames"/>: what every session starts with.</summary>
    public static readonly IReadOnlyList<MetadataReference> Common = References(Names.Where(IsCommon)).ToList();

    private static readonly Lazy<IReadOnlyList<MetadataReference>> RestOnce = new(() => References(Names.Where(n => !IsCommon(n))).ToList());

    /// <summary>
    /// The framework assemblies not in <see cref="Common"/>: what a cell falls back to. Read the first time a session
    /// needs them — in the browser each is a download, which a notebook whose cells all compile against
    /// <see cref="Common"/> never makes.
    /// </summary>
    public static IReadOnlyList<MetadataReference> Rest => RestOnce.Value;

    private static readonly Lazy<IReadOnlyList<MetadataReference>> WholeOnce = new(() => [.. Common, .. Rest]);

    /// <summary>Every framework assembly a cell may use: <see cref="Common"/> and <see cref="Rest"/> (read with it, once).</summary>
    public static IReadOnlyList<MetadataReference> Whole => WholeOnce.Value;
}
