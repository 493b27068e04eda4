using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
/// Likewise a cell is given only the imports (<c>ScriptOptions.Imports</c>) the chain does not have yet: a submission
/// sees the imports of those before it, and each compilation bound its own copy of the default imports besides (eight
/// namespaces merged over every referenced assembly, ~4 KB a cell, measured for issue 23).
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
    private List<Link> _links = [];
    private readonly HashSet<MetadataReference> _referenced = [];
    private readonly HashSet<string> _imported = [];
    private int _compiled, _slots, _compactAt = LeastCompaction;

    /// <summary>
    /// The fewest cells a chain holds before it is compacted (<see cref="Compact"/>); after that, it is compacted when
    /// it holds twice the cells it kept the last time, so each cell is compiled again a bounded number of times.
    /// </summary>
    private const int LeastCompaction = 64;

    /// <summary>A chain whose cells see the public members of <paramref name="globals"/> as their own.</summary>
    public SubmissionChain(object globals)
    {
        _globalsType = globals.GetType();
        _submissions[0] = globals;
    }

    /// <summary>A cell in the chain: its compilation and the assembly it was loaded as (null for a cell without code, which has no slot).</summary>
    private sealed record Link(CSharpCompilation Compilation, Assembly? Assembly);

    /// <summary>The cells the next one continues, oldest first (fewer than those run once the chain was compacted).</summary>
    internal int Length => _links.Count;

    private CSharpCompilation? Previous => _links.LastOrDefault()?.Compilation;

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
        // Slot 0 holds the globals; a submission with code takes the slot after the last one (Roslyn's submission slot index).
        if (_slots + 2 > _submissions.Length) Array.Resize(ref _submissions, _submissions.Length * 2);
        object? value = submission.Factory?.Invoke(_submissions).GetAwaiter().GetResult();
        _links.Add(new Link(submission.Compilation, submission.Factory?.Method.Module.Assembly));
        if (submission.Factory is not null) _slots++;
        _referenced.UnionWith(submission.Compilation.ExternalReferences);
        _imported.UnionWith(submission.Compilation.Options.Usings);
        if (_links.Count >= _compactAt) Compact();
        return value;
    }

    /// <summary>
    /// Leaves out of the chain the cells no later cell can reach: each compilation Roslyn keeps for a cell holds ~30 KB
    /// of symbols and caches, and a name a cell looks up is looked for in every compilation of the chain (measured for
    /// issue 23: 2,000 cells of <c>var xN = …;</c> kept 66 MB). A cell is left out when it declares nothing but
    /// variables, each declared again by a later cell that stays (so every lookup of the name stops there first, as
    /// Roslyn's <c>LookupMembersInSubmissions</c> walks the chain from the newest cell), and brings no reference, import
    /// or directive of its own. A variable of a delegate type (or <c>dynamic</c>) stays unless its later namesake
    /// can be invoked too: Roslyn looks past a variable that cannot be invoked when a cell invokes the name. The cells
    /// after the first one left out are compiled again against their new predecessors (no code is emitted: their symbols
    /// are the same, their variables keep their values), and the submission array is renumbered to the slots Roslyn gives
    /// the shorter chain. The debug information of a cell whose code can run again is written before its compilation is
    /// let go (<see cref="CellFrames"/>); written for every cell, it made 2,000 small cells about a third slower. The
    /// values of the variables left out are no longer held by the chain (a later cell may still hold them).
    /// </summary>
    internal void Compact()
    {
        var names = new Dictionary<string, bool>(StringComparer.Ordinal);   // variable name → whether a later one of that name can be invoked
        var kept = new bool[_links.Count];
        for (int i = _links.Count - 1; i >= 0; i--)
        {
            var compilation = _links[i].Compilation;
            var members = compilation.ScriptClass?.GetMembers().Where(m => !m.IsImplicitlyDeclared).ToList() ?? [];
            bool unreachable = compilation.ExternalReferences.IsEmpty && compilation.Options.Usings.IsEmpty && !HasDirectives(compilation)
                && members.All(m => m is IFieldSymbol field && names.TryGetValue(field.Name, out bool invocable) && (invocable || !Invocable(field.Type)));
            kept[i] = i == _links.Count - 1 || !unreachable;
            if (!kept[i]) continue;
            foreach (var field in members.OfType<IFieldSymbol>()) names[field.Name] = names.GetValueOrDefault(field.Name) || Invocable(field.Type);
            // Any other member ends the walk for its name in its own way (methods gather overloads): nothing before it is left out for it.
            foreach (var other in members.Where(m => m is not IFieldSymbol)) names.Remove(other.Name);
        }
        int first = Array.IndexOf(kept, false);
        if (first >= 0)
        {
            var links = _links.Take(first).ToList();
            var submissions = new object?[_submissions.Length];
            int slots = links.Count(l => l.Assembly is not null), oldSlot = slots;
            Array.Copy(_submissions, submissions, slots + 1);
            for (int i = first; i < _links.Count; i++)
            {
                var link = _links[i];
                if (link.Assembly is not null)
                {
                    oldSlot++;
                    if (CanRunAgain(link.Compilation)) CellFrames.Settle(link.Assembly);
                    else CellFrames.Forget(link.Assembly);
                }
                if (!kept[i]) continue;
                var info = link.Compilation.ScriptCompilationInfo!.WithPreviousScriptCompilation(links.LastOrDefault()?.Compilation);
                links.Add(link with { Compilation = ReferenceBinding.Bound(link.Compilation.WithScriptCompilationInfo(info)) });
                if (link.Assembly is not null) submissions[++slots] = _submissions[oldSlot];
            }
            _links = links;
            _submissions = submissions;
            _slots = slots;
        }
        _compactAt = Math.Max(LeastCompaction, 2 * _links.Count);
    }

    /// <summary>Whether calling a variable of <paramref name="type"/> by its name invokes it (a delegate, <c>dynamic</c>, or a type Roslyn could not bind).</summary>
    private static bool Invocable(ITypeSymbol type) => type.TypeKind is TypeKind.Delegate or TypeKind.Dynamic or TypeKind.Error;

    /// <summary>
    /// Whether code of the cell can run after the cell: a method, property or type it declares, or a lambda, local
    /// function or query it made (a delegate may have been kept anywhere). Otherwise its code ran once, with the cell,
    /// and no later stack can hold a frame of it.
    /// </summary>
    private static bool CanRunAgain(CSharpCompilation compilation) => compilation.SyntaxTrees.Any(tree =>
        tree.GetCompilationUnitRoot() is var root && (root.Members.Any(m => m is not (GlobalStatementSyntax or FieldDeclarationSyntax))
            || root.DescendantNodes().Any(n => n is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or QueryExpressionSyntax)));

    private static bool HasDirectives(CSharpCompilation compilation) => compilation.SyntaxTrees.Any(tree =>
        tree.GetCompilationUnitRoot() is var root && (root.Usings.Count > 0 || root.Externs.Count > 0 || root.GetReferenceDirectives().Count > 0 || root.GetLoadDirectives().Count > 0));

    /// <summary>The diagnostics of <paramref name="code"/> compiled as the next cell, without emitting it.</summary>
    public ImmutableArray<Diagnostic> Diagnose(string code, ScriptOptions options) => Create(code, options).GetDiagnostics();

    /// <summary>
    /// The next cell's compilation, parsed as the latest C# from UTF-8 text. A submission inherits the references and
    /// imports of the one before it, so it is given only those of <paramref name="options"/> added since: given all
    /// the references again, every compilation would carry the references of all before it (memory and time growing
    /// with the square of the cells run).
    /// </summary>
    private CSharpCompilation Create(string code, ScriptOptions options)
    {
        var added = options.MetadataReferences.Where(r => !_referenced.Contains(r));
        int number = ++_compiled;
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(code, Encoding.UTF8), ParseOptions, options.FilePath);
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            scriptClassName: $"Submission#{number}",
            usings: options.Imports.Where(i => !_imported.Contains(i)),
            optimizationLevel: options.OptimizationLevel,
            checkOverflow: options.CheckOverflow,
            allowUnsafe: options.AllowUnsafe,
            warningLevel: options.WarningLevel,
            concurrentBuild: false,
            sourceReferenceResolver: options.SourceResolver,
            metadataReferenceResolver: Resolver(options.MetadataResolver),
            assemblyIdentityComparer: DesktopAssemblyIdentityComparer.Default);
        return ReferenceBinding.Bound(CSharpCompilation.CreateScriptCompilation($"{_name}-{number}", tree, added, compilationOptions, Previous, typeof(object), _globalsType));
    }

    private SessionMetadataResolver Resolver(MetadataReferenceResolver inner)
    {
        if (!_resolvers.TryGetValue(inner, out var resolver)) _resolvers[inner] = resolver = new SessionMetadataResolver(inner);
        return resolver;
    }
}
