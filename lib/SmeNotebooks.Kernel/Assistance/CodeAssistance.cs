using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Tags;
using Microsoft.CodeAnalysis.Text;
using SmeNotebooks.Engine.Execution;

namespace SmeNotebooks.Kernel.Assistance;

/// <summary>
/// Completion, quick info and the completeness test for the kernel, from Roslyn's own editor services
/// (Microsoft.CodeAnalysis.Features): the cells executed so far and the cell being edited form one C# script
/// document with the session's references (and the whole framework) and imports, so completion knows every variable the notebook has defined.
/// The library is referenced with its XML documentation, so quick info on its types shows the doc comment that
/// states each formula and its source.
/// </summary>
internal sealed class CodeAssistance
{
    private readonly Lazy<AdhocWorkspace> _workspace = new(() => new AdhocWorkspace(MefHostServices.Create(MefHostServices.DefaultAssemblies)));

    /// <summary>One completion: the text replacing [Start, End) and Roslyn's kind of symbol.</summary>
    public sealed record Completion(string Text, string Kind);

    /// <summary>Completions at UTF-16 index <paramref name="cursor"/> of <paramref name="code"/>, replacing [Start, End).</summary>
    public (IReadOnlyList<Completion> Items, int Start, int End) Complete(NotebookSession session, string code, int cursor)
    {
        if (NestingDepth.Of(code) > NestingDepth.Limit) return ([], cursor, cursor);
        var (document, offset) = Document(session, code);
        var service = CompletionService.GetService(document);
        if (service is null) return ([], cursor, cursor);
        var list = service.GetCompletionsAsync(document, offset + cursor).GetAwaiter().GetResult();
        if (list.ItemsList.Count == 0) return ([], cursor, cursor);
        var span = list.Span;
        string typed = document.GetTextAsync().Result.ToString(span);
        var items = list.ItemsList
            .Where(i => typed.Length == 0 || i.FilterText.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(i => i.SortText, StringComparer.Ordinal)
            .Select(i => new Completion(i.DisplayText, Kind(i.Tags)))
            .DistinctBy(c => c.Text).ToList();
        return (items, span.Start - offset, span.End - offset);
    }

    /// <summary>Quick info (signature and documentation) at UTF-16 index <paramref name="cursor"/>, or null.</summary>
    public string? Inspect(NotebookSession session, string code, int cursor)
    {
        if (NestingDepth.Of(code) > NestingDepth.Limit) return null;
        var (document, offset) = Document(session, code);
        var service = QuickInfoService.GetService(document);
        if (service is null) return null;
        // Front ends send the cursor just after a name (after typing it) or inside it: try both places.
        var info = service.GetQuickInfoAsync(document, offset + cursor).GetAwaiter().GetResult();
        if ((info is null || info.Sections.Length == 0) && cursor > 0) info = service.GetQuickInfoAsync(document, offset + cursor - 1).GetAwaiter().GetResult();
        if (info is null || info.Sections.Length == 0) return null;
        return string.Join("\n\n", info.Sections.Select(s => s.Text).Where(t => t.Length > 0));
    }

    /// <summary>"complete", "incomplete" (more lines needed) or "invalid" (a syntax error more text cannot fix).</summary>
    public static string IsComplete(string code)
    {
        if (NestingDepth.Of(code) > NestingDepth.Limit) return "invalid";   // the parser would overflow the stack
        var tree = CSharpSyntaxTree.ParseText(code, SubmissionChain.ParseOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree)) return "incomplete";
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? "invalid" : "complete";
    }

    /// <summary>Jupyter's type names for VS Code's icons, from Roslyn's completion tags.</summary>
    private static string Kind(ImmutableArray<string> tags) =>
        tags.Contains(WellKnownTags.Method) || tags.Contains(WellKnownTags.ExtensionMethod) ? "function"
        : tags.Contains(WellKnownTags.Class) || tags.Contains(WellKnownTags.Structure) || tags.Contains(WellKnownTags.Interface) || tags.Contains(WellKnownTags.Enum) || tags.Contains(WellKnownTags.Delegate) ? "class"
        : tags.Contains(WellKnownTags.Namespace) ? "module"
        : tags.Contains(WellKnownTags.Keyword) ? "keyword"
        : tags.Contains(WellKnownTags.Property) || tags.Contains(WellKnownTags.Field) || tags.Contains(WellKnownTags.EnumMember) ? "property"
        : tags.Contains(WellKnownTags.Local) || tags.Contains(WellKnownTags.Parameter) ? "instance"
        : "text";

    /// <summary>The executed cells and <paramref name="code"/> as one script document; the cell starts at the returned offset.</summary>
    private (Document Document, int Offset) Document(NotebookSession session, string code)
    {
        string prefix = string.Concat(session.History.Select(h => h + "\n;\n"));
        var workspace = _workspace.Value;
        workspace.ClearSolution();
        var options = session.Options;
        // The whole framework, not only the common set the session compiles against: completion offers what a cell could use.
        var references = options.MetadataReferences.Concat(FrameworkReferences.Whole).OfType<PortableExecutableReference>()
            .DistinctBy(r => r.FilePath).Select(WithDocumentation).ToList();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Create(), "notebook", "notebook", LanguageNames.CSharp,
            isSubmission: true,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: options.Imports),
            parseOptions: SubmissionChain.ParseOptions,
            metadataReferences: references,
            hostObjectType: typeof(NotebookGlobals)));
        var document = workspace.AddDocument(DocumentInfo.Create(DocumentId.CreateNewId(project.Id), "cell.csx", sourceCodeKind: SourceCodeKind.Script,
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(prefix + code), VersionStamp.Create()))));
        // Its references are the session's: bound while a cell compiles, they could leave the cell's next compilation other symbols.
        ReferenceBinding.Bound(document.Project.GetCompilationAsync().GetAwaiter().GetResult()!);
        return (document, prefix.Length);
    }

    /// <summary>A reference that carries the assembly's XML documentation when an .xml file lies beside it.</summary>
    private static PortableExecutableReference WithDocumentation(PortableExecutableReference reference)
    {
        if (reference.FilePath is not { } path) return reference;
        string xml = Path.ChangeExtension(path, ".xml");
        return File.Exists(xml) ? Documented.GetOrAdd(path, file => SmeNotebooks.Engine.Execution.AssemblyMetadata.FromFile(file, XmlDocumentationProvider.CreateFromFile(xml))) : reference;
    }

    /// <summary>The references that carry documentation, one per file (built once, not at every completion).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PortableExecutableReference> Documented = new(StringComparer.Ordinal);
}
