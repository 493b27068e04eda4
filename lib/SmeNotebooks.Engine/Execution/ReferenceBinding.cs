using Microsoft.CodeAnalysis;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// Binds compilations' references one at a time in the process. Roslyn binds a compilation's references outside the
/// lock of its cache of assembly symbols: two compilations over the same metadata (the shared
/// <see cref="FrameworkReferences"/>) bound at the same moment each make their own symbols for the same assemblies,
/// and a later cell may be bound to the other compilation's, so that a type an earlier cell declared a variable with
/// is not the type the later cell's references know (seen with sessions run side by side: <c>firms.Sum()</c> on an
/// earlier cell's <c>List&lt;int&gt;</c> failed with CS1929, "the best extension method overload
/// 'ParallelEnumerable.Sum(ParallelQuery&lt;int&gt;)' requires …"). Bound one at a time, a compilation reuses the
/// symbols of those bound before it, as Roslyn's cache intends.
/// </summary>
internal static class ReferenceBinding
{
    private static readonly object Gate = new();

    /// <summary>Binds <paramref name="compilation"/>'s references (Roslyn does it once, on the first request for its assembly) and returns it.</summary>
    public static T Bound<T>(T compilation) where T : Compilation
    {
        lock (Gate) _ = compilation.Assembly;
        return compilation;
    }
}
