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
            ? MetadataReference.CreateFromFile(assembly.Location)
            : Image(name) ?? throw new InvalidOperationException($"No metadata for the assembly {name}: it has no file and the host supplies no image of it."));
    }

    /// <summary>The reference for the framework or package assembly named <paramref name="name"/> from <see cref="Images"/>, or null.</summary>
    public static PortableExecutableReference? Image(string name)
    {
        if (Images?.Invoke(name) is not { } image) return null;
        return (PortableExecutableReference)References.GetOrAdd(name, _ => MetadataReference.CreateFromImage(image, filePath: name + ".dll"));
    }
}
