using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace SmeNotebooks.Browser;

/// <summary>
/// Loads the assemblies the site serves but the runtime does not load at start-up (the project's
/// <c>BlazorWebAssemblyLazyLoad</c> items: every framework assembly the engine and the collection's first cell do not
/// need) the first time code asks for one: the default load context's <c>Resolving</c> event reads it from the site's
/// <c>_framework</c> folder, synchronously (<see cref="SiteFiles"/>). A reader who never uses System.Xml never
/// downloads it; a cell that does gets it as it runs.
/// </summary>
internal static class LazyAssemblies
{
    /// <summary>
    /// The assemblies the site serves: file name (<c>System.Linq.dll</c>) to the file of <c>_framework</c> it is
    /// served as (<c>System.Linq.&lt;fingerprint&gt;.dll</c>). Set by <see cref="BrowserEngine.Start"/>.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> Files { get; set; } = new Dictionary<string, string>();

    /// <summary>Registers the loader when the engine's assembly loads, before any of its code runs.</summary>
    [ModuleInitializer]
    internal static void Register() => AssemblyLoadContext.Default.Resolving += Load;

    private static Assembly? Load(AssemblyLoadContext context, AssemblyName name)
    {
        // Satellite assemblies come with the runtime's start (loadAllSatelliteResources); a missing one is no error,
        // nor is an assembly the site does not serve (a package's optional dependency): no request for it.
        if (!string.IsNullOrEmpty(name.CultureName) || !Files.TryGetValue(name.Name + ".dll", out string? file)) return null;
        return SiteFiles.Read("_framework/" + file) is { } image ? context.LoadFromStream(new MemoryStream(image)) : null;
    }
}
