using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// Where the engine reads the metadata of the assemblies cells compile against. On a machine every assembly has its
/// file, and the file is read. In the browser assemblies have no files (<see cref="Assembly.Location"/> is empty): the
/// metadata is the runtime's own copy of a loaded assembly's (<c>TryGetRawMetadata</c>),
/// so nothing is downloaded twice, and an assembly not loaded yet is loaded by name (the browser host loads it from
/// the site the first time). One reference per assembly and process, so that the session's chain sees the same
/// reference object every time.
/// </summary>
public static class AssemblyMetadata
{
    private static readonly ConcurrentDictionary<string, PortableExecutableReference> References = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The file names (<c>System.Linq.dll</c>) of the assemblies the browser host serves, the framework's among them;
    /// empty on a machine. Set once, before the first session.
    /// </summary>
    public static IReadOnlyList<string> Served { get; set; } = [];

    /// <summary>The reference for a loaded assembly: its file, or (in the browser) the runtime's copy of its metadata.</summary>
    /// <exception cref="InvalidOperationException">The assembly has neither (its name says which).</exception>
    public static PortableExecutableReference Of(Assembly assembly)
    {
        string name = assembly.GetName().Name!;
        return References.GetOrAdd(name, _ => assembly.Location.Length > 0 ? FromFile(assembly.Location) : InMemory(assembly));
    }

    /// <summary>The reference for the assembly named <paramref name="name"/>, loaded if it is not yet; null when the runtime cannot load it.</summary>
    public static PortableExecutableReference? Named(string name)
    {
        if (References.TryGetValue(name, out var known)) return known;
        try
        {
            return Of(Assembly.Load(new AssemblyName(name)));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static unsafe PortableExecutableReference InMemory(Assembly assembly)
    {
        string name = assembly.GetName().Name!;
        if (!assembly.TryGetRawMetadata(out byte* blob, out int length))
            throw new InvalidOperationException($"No metadata for the assembly {name}: it has no file and the runtime gives no copy of its metadata.");
        // The runtime keeps the blob for the life of the process: assemblies of the default context are never unloaded.
        return Microsoft.CodeAnalysis.AssemblyMetadata.Create(ModuleMetadata.CreateFromMetadata((nint)blob, length))
            .GetReference(filePath: name + ".dll", display: name + ".dll");
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
}
