using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// A session's metadata resolver: Roslyn asks every cell's compilation again for the dependencies its references do
/// not bring (the library's MathNet, Plotly.NET, …), and the resolver it wraps (Roslyn's
/// <c>ScriptMetadataResolver</c>) would look for them on disk and read them again each time. This one answers each
/// assembly identity once per session with the same reference, and registers the file for the runtime
/// (<see cref="RuntimeAssemblies"/>). <c>#r</c> references in code go to the wrapped resolver unchanged.
/// </summary>
internal sealed class SessionMetadataResolver(MetadataReferenceResolver inner) : MetadataReferenceResolver
{
    private readonly Dictionary<AssemblyIdentity, PortableExecutableReference?> _missing = [];

    /// <inheritdoc/>
    public override bool ResolveMissingAssemblies => inner.ResolveMissingAssemblies;

    /// <inheritdoc/>
    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        var resolved = inner.ResolveReference(reference, baseFilePath, properties);
        RuntimeAssemblies.Register(resolved);
        return resolved;
    }

    /// <inheritdoc/>
    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity)
    {
        lock (_missing)
        {
            if (_missing.TryGetValue(referenceIdentity, out var known)) return known;
            // A framework assembly is left unresolved: the facades (netstandard, mscorlib, System) reference nearly
            // all of the framework, so resolving them would bind every compilation to the whole of it (in the kernel
            // 52 MB more of the compiler's memory at idle, BENCHMARKS.md; in the browser, a download of all of it).
            // A cell that needs a framework assembly outside the session's references fails against them and compiles
            // again against the whole framework (NotebookSession), so it compiles exactly as it would with everything
            // resolved. In the browser the others have no folder to look beside: the runtime loads them by name.
            var found = FrameworkReferences.IsFramework(referenceIdentity.Name) ? null
                : OperatingSystem.IsBrowser() ? AssemblyMetadata.Named(referenceIdentity.Name)
                : inner.ResolveMissingAssembly(definition, referenceIdentity);
            if (found?.FilePath is { } path) RuntimeAssemblies.Register(path);
            return _missing[referenceIdentity] = found;
        }
    }

    /// <inheritdoc/>
    public override bool Equals(object? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => inner.GetHashCode();
}
