using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using System.Globalization;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// The one execution engine of the collection: a C# notebook's state across cells, shared by the headless runner and
/// the Jupyter kernel so that a cell means the same in both. Each cell's directives are taken out
/// (<see cref="CellDirectives"/>: offline <c>#r "nuget: …"</c>, <c>#r</c> of the library, <c>#!time</c>), its messages
/// are put in the reader's language (<see cref="Messages"/>), interruption points are inserted (<see cref="InterruptionPoints"/>), and the code continues the script submissions (<see cref="SubmissionChain"/>) of the cells
/// before it; a failing cell leaves that state as it was. Outputs go to <see cref="Sink"/>: <c>display(x)</c>, the
/// value of a trailing expression, notes, and whatever the host routes there from the console.
/// </summary>
public sealed class NotebookSession
{
    private readonly string _folder;
    private ScriptOptions _options = BaseOptions();
    private readonly SubmissionChain _chain;
    private bool _wholeFramework;

    /// <summary>A fresh session whose relative paths (<c>#r</c>, data files) resolve against <paramref name="folder"/>.</summary>
    public NotebookSession(string folder, OutputSink sink)
    {
        _folder = folder;
        Sink = sink;
        _chain = new SubmissionChain(new NotebookGlobals(sink));
    }

    /// <summary>
    /// Restores a package the collection does not ship (name, version → assembly paths); null — the runner's case —
    /// keeps every render offline and deterministic.
    /// </summary>
    public Func<string, string?, IReadOnlyList<string>>? RestorePackage { get; init; }

    /// <summary>
    /// The translation of the cells' messages into the reader's language (<see cref="Translation.CodeMessages"/>),
    /// applied as each cell is compiled; null keeps them as written.
    /// </summary>
    public Func<string, string?>? Messages { get; init; }

    /// <summary>Where the cells' outputs go.</summary>
    public OutputSink Sink { get; }

    /// <summary>Cells executed successfully so far, in order (their code as written): what completion sees.</summary>
    public IReadOnlyList<string> History => _history;
    private readonly List<string> _history = [];

    /// <summary>
    /// The options of the next cell: the framework references (<see cref="FrameworkReferences.Common"/> until a cell
    /// needed <see cref="FrameworkReferences.Whole"/>), references added so far, and the default imports.
    /// </summary>
    public ScriptOptions Options => _options;

    /// <summary>
    /// Runs <paramref name="source"/> (a cell, directives included) on the calling thread; the cell is named
    /// <c>cell-<paramref name="number"/></c> in stack traces. Returns null when it succeeded, or the exception: a
    /// <see cref="CompilationErrorException"/> (with line and column inside the cell), a
    /// <see cref="DirectiveException"/>, an
    /// <see cref="OperationCanceledException"/> when interrupted, or whatever the cell threw.
    /// </summary>
    public Exception? Execute(string source, int number)
    {
        var clock = Stopwatch.StartNew();
        string? code = null, uninstrumented = "";
        ScriptOptions? failedWith = null;
        try
        {
            if (NestingDepth.Of(source) is var depth and > NestingDepth.Limit)
                throw new InvalidOperationException(Localized.Format(EngineStrings.TooDeep, depth, NestingDepth.Limit));
            var directives = CellDirectives.Parse(source, _folder, RestorePackage);
            foreach (var note in directives.Notes) Sink.Add(new CellOutput(CellOutputKind.Note, note));
            // New references only when the cell brings some: a changed reference list makes Roslyn bind the
            // references again, even when the list added is empty.
            if (directives.References.Count > 0) _options = _options.AddReferences(directives.References.Select(AssemblyMetadata.Of));
            if (directives.ReferencePaths.Count > 0) _options = _options.AddReferences(directives.ReferencePaths.Select(p => AssemblyMetadata.FromFile(p)));
            _options = _options.WithFilePath($"cell-{number}");
            uninstrumented = directives.Code;
            code = InterruptionPoints.Insert(Messages is null ? directives.Code : Translation.CodeMessages.Translate(directives.Code, Messages));
            SubmissionChain.Submission submission;
            try
            {
                submission = _chain.Compile(code, _options);
            }
            catch (CompilationErrorException) when (!_wholeFramework)
            {
                // Against the whole framework the cell may compile (it uses an assembly outside the common set): from
                // then on the session keeps the whole framework. If not, the errors reported are the whole
                // framework's, and the session stays with the common set.
                var whole = _options.AddReferences(FrameworkReferences.Rest);
                try
                {
                    submission = _chain.Compile(code, whole);
                }
                catch (CompilationErrorException)
                {
                    failedWith = whole;
                    throw;
                }
                _options = whole;
                _wholeFramework = true;
            }
            object? value = _chain.Run(submission);
            _history.Add(directives.Code);
            if (EndsWithExpression(directives.Code)) Sink.Add(value, CellOutputKind.Result);
            if (directives.Time) Sink.Add(new CellOutput(CellOutputKind.Note, Localized.Format(EngineStrings.WallTime, clock.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture))));
            return null;
        }
        catch (CompilationErrorException instrumented) when (code is not null && code != uninstrumented)
        {
            // Report the errors where they are in the cell as written, not in the copy with translations and interruption
            // points — unless the cell as written compiles, when only the copy's errors can say what went wrong.
            var errors = _chain.Diagnose(uninstrumented, failedWith ?? _options).Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
            return errors.IsEmpty ? instrumented : new CompilationErrorException(string.Join(Environment.NewLine, errors), errors);
        }
        catch (Exception ex)
        {
            return ex is AggregateException { InnerException: { } inner } ? inner : ex;
        }
    }

    /// <summary>
    /// The value of <paramref name="expression"/> in the session's state (a variable's name, for a grader reading a
    /// student's answer), without output, history or an execution count: the value, or the exception that stopped it
    /// (a <see cref="CompilationErrorException"/> when the name is not defined). The session's variables are unchanged.
    /// </summary>
    public (object? Value, Exception? Error) Evaluate(string expression)
    {
        try
        {
            var submission = _chain.Compile(expression, _options.WithFilePath("evaluate"));
            return (_chain.Run(submission), null);
        }
        catch (Exception ex)
        {
            return (null, ex is AggregateException { InnerException: { } inner } ? inner : ex);
        }
    }

    /// <summary>The namespaces .NET Interactive's C# kernel imports by default.</summary>
    public static readonly string[] DefaultImports = ["System", "System.Linq", "System.Collections.Generic", "System.Text", "System.Threading.Tasks"];

    /// <summary>
    /// The script options every notebook starts from: the common framework references (<see cref="FrameworkReferences"/>),
    /// the globals' assembly and the library's (whose <see cref="SmeNotebooks.Interruption"/> the inserted interruption
    /// points call), default imports, the <c>#r</c> resolver. <see cref="SubmissionChain"/> parses every cell as
    /// the latest C# from UTF-8 text.
    /// </summary>
    internal static ScriptOptions BaseOptions()
    {
        return ScriptOptions.Default
            .WithReferences(FrameworkReferences.Common)
            .AddReferences(AssemblyMetadata.Of(typeof(NotebookGlobals).Assembly), AssemblyMetadata.Of(typeof(SmeNotebooks.Interruption).Assembly))
            .WithImports(DefaultImports)
            .WithMetadataResolver(ScriptMetadataResolver.Default);
    }

    /// <summary>True when the cell's last statement is an expression without a semicolon (its value is displayed).</summary>
    internal static bool EndsWithExpression(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, SubmissionChain.ParseOptions).GetCompilationUnitRoot();
        return root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } };
    }
}
