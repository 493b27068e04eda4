using System.Runtime.InteropServices.JavaScript;

namespace SmeNotebooks.Browser;

/// <summary>
/// Files of the site the engine was served from, read synchronously: the worker (<c>engine-worker.js</c>) answers with
/// a synchronous request, which browsers allow in Web Workers. Synchronous because the runtime asks for an assembly
/// (<see cref="LazyAssemblies"/>) in the middle of running code, and the browser's .NET runtime has one thread.
/// </summary>
internal static partial class SiteFiles
{
    /// <summary>The bytes at <paramref name="path"/> (relative to the worker's folder), or null when the site has no such file.</summary>
    [JSImport("fetchBytes", "smenotebooks")]
    [return: JSMarshalAs<JSType.Array<JSType.Number>>]
    public static partial byte[]? Read(string path);
}
