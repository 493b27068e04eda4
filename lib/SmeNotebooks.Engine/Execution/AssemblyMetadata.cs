using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// Where the engine reads the metadata of the assemblies cells compile against. On a machine every assembly has its
/// file, and the file is read. In the browser assemblies have no files (<see cref="Assembly.Location"/> is empty), so
/// the host supplies <see cref="Images"/> — an assembly's simple name to its PE image, fetched from the site — and
/// <see cref="FrameworkNames"/>, the framework assemblies it serves. One reference per assembly and process, so that
/// the session's chain sees the same reference object every time.
/// </summary>
public static class AssemblyMetadata
{
    private static readonly ConcurrentDictionary<string, MetadataReference> References = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The PE image of an assembly by simple name, or null when the host has none; null on a machine (files are read).
    /// Set once, before the first session.
    /// </summary>
    public static Func<string, byte[]?>? Images { get; set; }

    /// <summary>The file names (<c>System.Linq.dll</c>) of the framework assemblies <see cref="Images"/> can supply: the browser host's list.</summary>
    public static IReadOnlyList<string> FrameworkNames { get; set; } = [];

    /// <summary>The reference for a loaded assembly: its file, or its image from <see cref="Images"/>.</summary>
    /// <exception cref="InvalidOperationException">The assembly has neither (its name says which).</exception>
    public static MetadataReference Of(Assembly assembly)
    {
        string name = assembly.GetName().Name!;
        return References.GetOrAdd(name, _ => assembly.Location.Length > 0
            ? FromFile(assembly.Location)
            : Image(name) ?? throw new InvalidOperationException($"No metadata for the assembly {name}: it has no file and the host supplies no image of it."));
    }

    private static readonly ConcurrentDictionary<string, PortableExecutableReference> Files = new(StringComparer.Ordinal);

    /// <summary>
    /// The reference for the assembly file at <paramref name="path"/>, memory-mapped: its pages are the operating
    /// system's file cache, shared by every process that reads the file, and only those a compilation touches are read.
    /// Roslyn's <c>MetadataReference.CreateFromFile</c> copies each file's metadata into the process's own memory
    /// instead, which with the whole framework cost every kernel about 100 MB of its own
    /// (tests/SmeNotebooks.Benchmarks/kernel-memory.py, BENCHMARKS.md). The file stays open for the life of the process.
    /// Without <paramref name="documentation"/>, one reference per file and process.
    /// </summary>
    public static PortableExecutableReference FromFile(string path, DocumentationProvider? documentation = null)
    {
        static PortableExecutableReference Create(string file, DocumentationProvider? documentation) =>
            Microsoft.CodeAnalysis.AssemblyMetadata.CreateFromFile(file).GetReference(documentation, filePath: file);
        string full = Path.GetFullPath(path);
        return documentation is null ? Files.GetOrAdd(full, file => Create(file, null)) : Create(full, documentation);
    }

    /// <summary>The reference for the framework or package assembly named <paramref name="name"/> from <see cref="Images"/>, or null.</summary>
    public static PortableExecutableReference? Image(string name)
    {
        if (Images?.Invoke(name) is not { } image) return null;
        return (PortableExecutableReference)References.GetOrAdd(name, _ => MetadataReference.CreateFromImage(image, filePath: name + ".dll"));
    }
}
