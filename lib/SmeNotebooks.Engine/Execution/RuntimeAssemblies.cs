using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// Where the runtime finds the assemblies cells were compiled against that are not the host's own: files referenced
/// with <c>#r</c>, packages restored by the kernel, and the dependencies found beside them. The default load context
/// asks here (its <c>Resolving</c> event) only for an assembly it cannot find itself; the first file registered under a
/// simple name is the one loaded.
/// </summary>
internal static class RuntimeAssemblies
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.OrdinalIgnoreCase);

    static RuntimeAssemblies() => AssemblyLoadContext.Default.Resolving += Load;

    /// <summary>Registers the file of every reference in <paramref name="references"/> that has one.</summary>
    public static void Register(IEnumerable<MetadataReference> references)
    {
        foreach (var reference in references)
            if (reference is PortableExecutableReference { FilePath: { } path }) Register(path);
    }

    /// <summary>Registers the assembly file at <paramref name="path"/> under its simple name.</summary>
    public static void Register(string path)
    {
        lock (Files) Files.TryAdd(Path.GetFileNameWithoutExtension(path), path);
    }

    private static Assembly? Load(AssemblyLoadContext context, AssemblyName name)
    {
        string? path;
        lock (Files) Files.TryGetValue(name.Name ?? "", out path);
        return path is not null && File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
