using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Text;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// A session's cells as a chain of C# script submissions (Roslyn's <c>CSharpCompilation.CreateScriptCompilation</c>),
/// each compiled against the last one that ran to completion, loaded and run with the chain's submission array
/// (slot 0 the globals). It does what Roslyn's <c>ScriptState.ContinueWithAsync</c> does, minus what made a trivial
/// cell cost ~11 ms there (measured with a trace, issue 12): compiling method bodies on the thread pool and waiting
/// for them, computing the diagnostics once before emitting and again while emitting, writing a portable PDB,
/// resolving the references' missing dependencies from disk again for every cell, and giving every cell all the
/// references again (so each compilation carried those of all cells before it: memory grew with the square of the
/// cells run). Here a cell compiles on the calling thread, its diagnostics come from the emit alone, its debug
/// information is written only if it throws (<see cref="CellFrames"/>), missing dependencies are resolved once per
/// session (<see cref="SessionMetadataResolver"/>), and a cell is given only the references added since the last one.
/// </summary>
internal sealed class SubmissionChain
{
    /// <summary>How every cell is parsed — by the chain, the engine's rewriters and the kernel's assistance alike: the latest C#, as a script.</summary>
    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    private readonly string _name = "cells-" + Guid.NewGuid().ToString("N");
    private readonly Type _globalsType;
    // By identity: Roslyn's ScriptMetadataResolver is not equal to itself (Equals returns false for the same instance),
    // so a dictionary by equality made a new resolver, with its own resolutions, for every cell.
    private readonly Dictionary<MetadataReferenceResolver, SessionMetadataResolver> _resolvers = new(ReferenceEqualityComparer.Instance);
    private object?[] _submissions = new object?[16];
    private CSharpCompilation? _previous;
    private readonly HashSet<MetadataReference> _referenced = [];
    private int _compiled, _length;

    /// <summary>A chain whose cells see the public members of <paramref name="globals"/> as their own.</summary>
    public SubmissionChain(object globals)
    {
        _globalsType = globals.GetType();
        _submissions[0] = globals;
    }

    /// <summary>
    /// A cell compiled and loaded, not yet run: its compilation (whose external references are those it adds to the
    /// chain) and its entry point (null when it has no code).
    /// </summary>
    public sealed record Submission(CSharpCompilation Compilation, Func<object?[], Task<object>>? Factory);

    /// <summary>
    /// Compiles <paramref name="code"/> as the next cell with <paramref name="options"/> (references, imports, the
    /// cell's file name) and loads it.
    /// </summary>
    /// <exception cref="CompilationErrorException">The cell's errors (first one in the message), as Roslyn scripting reports them.</exception>
    public Submission Compile(string code, ScriptOptions options)
    {
        var compilation = Create(code, options);
        RuntimeAssemblies.Register(compilation.ExternalReferences);
        // Without debug information: CellFrames writes it only for a cell that throws.
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (!errors.IsEmpty) throw new CompilationErrorException(errors[0].ToString(), errors);
        // A cell without code to run (only using directives or comments) emits nothing but still joins the chain.
        if (!emitted.Success) return new Submission(compilation, null);
        image.Position = 0;
        var assembly = AssemblyLoadContext.Default.LoadFromStream(image);
        CellFrames.Register(assembly, compilation);
        var entry = compilation.GetEntryPoint(CancellationToken.None)!;
        var factory = assembly.GetType(entry.ContainingType.MetadataName, throwOnError: true)!
            .GetMethod(entry.MetadataName, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!
            .CreateDelegate<Func<object?[], Task<object>>>();
        return new Submission(compilation, factory);
    }

    /// <summary>
    /// Runs <paramref name="submission"/> on the calling thread and returns the value of its trailing expression (null
    /// for statements). Only a submission that completes becomes the one the next cell continues; whatever a failing
    /// one threw propagates.
    /// </summary>
    public object? Run(Submission submission)
    {
        // Slot 0 holds the globals; a submission's slot is at most one past the submissions of the chain before it.
        if (_length + 2 > _submissions.Length) Array.Resize(ref _submissions, _submissions.Length * 2);
        object? value = submission.Factory?.Invoke(_submissions).GetAwaiter().GetResult();
        _previous = submission.Compilation;
        _referenced.UnionWith(submission.Compilation.ExternalReferences);
        _length++;
        return value;
    }

    /// <summary>The diagnostics of <paramref name="code"/> compiled as the next cell, without emitting it.</summary>
    public ImmutableArray<Diagnostic> Diagnose(string code, ScriptOptions options) => Create(code, options).GetDiagnostics();

    /// <summary>
    /// The next cell's compilation, parsed as the latest C# from UTF-8 text. A submission inherits the references of
    /// the one before it, so it is given only those of <paramref name="options"/> added since: given all of them
    /// again, every compilation would carry the references of all before it (memory and time growing with the square
    /// of the cells run).
    /// </summary>
    private CSharpCompilation Create(string code, ScriptOptions options)
    {
        var added = options.MetadataReferences.Where(r => !_referenced.Contains(r));
        int number = ++_compiled;
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(code, Encoding.UTF8), ParseOptions, options.FilePath);
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            scriptClassName: $"Submission#{number}",
            usings: options.Imports,
            optimizationLevel: options.OptimizationLevel,
            checkOverflow: options.CheckOverflow,
            allowUnsafe: options.AllowUnsafe,
            warningLevel: options.WarningLevel,
            concurrentBuild: false,
            sourceReferenceResolver: options.SourceResolver,
            metadataReferenceResolver: Resolver(options.MetadataResolver),
            assemblyIdentityComparer: DesktopAssemblyIdentityComparer.Default);
        return CSharpCompilation.CreateScriptCompilation($"{_name}-{number}", tree, added, compilationOptions, _previous, typeof(object), _globalsType);
    }

    private SessionMetadataResolver Resolver(MetadataReferenceResolver inner)
    {
        if (!_resolvers.TryGetValue(inner, out var resolver)) _resolvers[inner] = resolver = new SessionMetadataResolver(inner);
        return resolver;
    }
}
