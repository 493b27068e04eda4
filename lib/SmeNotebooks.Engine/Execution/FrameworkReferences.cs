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
    /// </summary>
    public static readonly IReadOnlySet<string> CommonNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "System.Private.CoreLib", "System.Runtime", "netstandard", "mscorlib", "System", "System.Core",
        "System.Collections", "System.Collections.Concurrent", "System.Collections.Immutable", "System.Collections.NonGeneric", "System.Collections.Specialized",
        "System.Linq", "System.Linq.Expressions", "System.Linq.Queryable", "System.Linq.Parallel",
        "System.Console", "System.IO", "System.IO.Compression", "System.Memory", "System.Runtime.Extensions", "System.Runtime.InteropServices",
        "System.Globalization", "System.Text.Encoding.Extensions", "System.Text.RegularExpressions", "System.Text.Json",
        "System.Private.Uri", "System.Private.Xml", "System.Private.Xml.Linq", "System.Xml.ReaderWriter", "System.Xml.Linq", "System.Xml.XDocument",
        "System.Net.Http", "System.Net.Primitives", "System.Numerics.Vectors", "System.Runtime.Numerics",
        "System.Threading", "System.Threading.Tasks", "System.Threading.Tasks.Parallel", "System.Threading.Thread",
        "System.ObjectModel", "System.ComponentModel", "System.ComponentModel.Primitives", "System.ComponentModel.TypeConverter",
        "System.Data.Common", "System.Diagnostics.Process", "System.Diagnostics.StackTrace", "Microsoft.CSharp",
    };

    /// <summary>
    /// Every framework assembly a cell may use: those named <c>System.*</c>, <c>netstandard</c>, <c>mscorlib</c>,
    /// <c>Microsoft.CSharp</c> and <c>Microsoft.Win32.Primitives</c> among the runtime's trusted platform assemblies
    /// (on a machine) or among <see cref="AssemblyMetadata.FrameworkNames"/> (in the browser, read from their images).
    /// </summary>
    public static readonly IReadOnlyList<MetadataReference> Whole = AssemblyMetadata.Images is null
        ? [.. Framework(((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)).Select(p => AssemblyMetadata.FromFile(p))]
        : [.. Framework(AssemblyMetadata.FrameworkNames).Select(n => AssemblyMetadata.Image(Path.GetFileNameWithoutExtension(n))).OfType<MetadataReference>()];

    private static IEnumerable<string> Framework(IEnumerable<string> paths) => paths
        .Where(p => Path.GetFileNameWithoutExtension(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib" or "Microsoft.CSharp" or "Microsoft.Win32.Primitives"))
        .Distinct(StringComparer.Ordinal)   // the runtime lists System.Private.CoreLib twice
        .Order(StringComparer.Ordinal);

    /// <summary>The assemblies of <see cref="Whole"/> named in <see cref="CommonNames"/>.</summary>
    public static readonly IReadOnlyList<MetadataReference> Common = Whole.Where(r => CommonNames.Contains(Path.GetFileNameWithoutExtension(r.Display!))).ToList();

    /// <summary>The assemblies of <see cref="Whole"/> not in <see cref="Common"/>: what a cell falls back to.</summary>
    public static readonly IReadOnlyList<MetadataReference> Rest = Whole.Except(Common).ToList();
}
