using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// Why a cell failed, as every front end shows it: the runner's one line ("notebook, cell N, line L: reason"), the
/// kernel's <c>ename</c>, <c>evalue</c> and traceback, the browser's error box. Made once from what
/// <see cref="NotebookSession.Execute"/> returned, so that the front ends cannot describe the same failure differently.
/// </summary>
/// <param name="Name">The kind: <c>CompilationError</c>, <c>DirectiveError</c>, <c>KeyboardInterrupt</c>, or the exception's type name.</param>
/// <param name="Message">One line: the first compile error with its line and column, the directive's problem, or the exception's message.</param>
/// <param name="Line">The failing line inside the cell (from 1), when it is known.</param>
/// <param name="Reason">What follows "cell N, line L:" in the runner's line.</param>
/// <param name="Traceback">Every compile error, or the exception with the cell frames it passed through.</param>
public sealed record CellFailure(string Name, string Message, int? Line, string Reason, IReadOnlyList<string> Traceback)
{
    /// <summary>
    /// Describes <paramref name="failure"/> of the cell numbered <paramref name="cell"/>; <paramref name="interrupted"/>
    /// says the host asked the cell to stop, so a cancellation is the reader's interrupt, not the cell's own.
    /// </summary>
    public static CellFailure Of(Exception failure, int cell, bool interrupted = false)
    {
        if (failure is AggregateException { InnerException: { } inner }) failure = inner;
        if (interrupted && failure is OperationCanceledException or ThreadInterruptedException)
            return new("KeyboardInterrupt", EngineStrings.Interrupted, null, EngineStrings.Interrupted, [EngineStrings.InterruptedTrace]);
        switch (failure)
        {
            case CompilationErrorException compile:
            {
                var errors = compile.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                var located = errors.Select(d =>
                {
                    var at = d.Location.GetLineSpan().StartLinePosition;
                    return Localized.Format(EngineStrings.LineColumnError, at.Line + 1, at.Character + 1, d.Id, d.GetMessage(CultureInfo.CurrentUICulture));
                }).ToList();
                if (errors.Count == 0) return new("CompilationError", compile.Message, null, compile.Message, [compile.Message]);
                var first = errors[0];
                string note = ThousandsSeparated(first) is { } number
                    ? " " + Localized.Format(EngineStrings.ThousandsSeparator, number, number.Replace(",", ""), number.Replace(',', '_')) : "";
                return new("CompilationError", located[0] + note, first.Location.GetLineSpan().StartLinePosition.Line + 1,
                    Localized.Format(EngineStrings.CompileError, first.Id, first.GetMessage(CultureInfo.CurrentUICulture)) + note,
                    [.. located.Select(e => Localized.Format(EngineStrings.InCell, e)), .. note.Length > 0 ? [note.Trim()] : Array.Empty<string>()]);
            }
            case DirectiveException directive:
                return new("DirectiveError", directive.Message, directive.Line, directive.Reason, [directive.Message]);
            case TimeoutException:
                return new(nameof(TimeoutException), failure.Message, null, failure.Message, [failure.Message]);
            default:
            {
                var frames = CellFrames.Of(failure);
                string what = $"{failure.GetType().Name}: {failure.Message}";
                return new(failure.GetType().Name, failure.Message, frames.FirstOrDefault(f => f.Cell == $"cell-{cell}")?.Line, what,
                    [$"{failure.GetType().FullName}: {failure.Message}", .. frames.Select(f => f.ToString())]);
            }
        }
    }

    /// <summary>
    /// A number written with thousands separators on the line of <paramref name="error"/> ("634,000": C# reads
    /// 634 and 000 as two things), or null: integer literals of one to three digits, then one or more commas each
    /// followed by a literal of exactly three digits, with no space between. Only code tokens are read, so a string "1,000" is not one.
    /// </summary>
    private static string? ThousandsSeparated(Diagnostic error)
    {
        if (error.Location.SourceTree is not { } tree) return null;
        int line = error.Location.GetLineSpan().StartLinePosition.Line;
        var tokens = tree.GetRoot().DescendantTokens(descendIntoTrivia: true)   // the parser may skip the "000" as trivia
            .Where(t => !t.IsMissing && t.GetLocation().GetLineSpan().StartLinePosition.Line == line).ToList();
        for (int i = 0; i + 2 < tokens.Count; i++)
        {
            if (!IsDigits(tokens[i], 1, 3)) continue;
            int end = i;
            while (end + 2 < tokens.Count && tokens[end + 1].IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.CommaToken) && IsDigits(tokens[end + 2], 3, 3)
                   && tokens[end + 1].SpanStart == tokens[end].Span.End && tokens[end + 2].SpanStart == tokens[end + 1].Span.End)
                end += 2;
            if (end > i) return string.Concat(tokens.Skip(i).Take(end - i + 1).Select(t => t.Text));
        }
        return null;
    }

    private static bool IsDigits(SyntaxToken token, int min, int max) =>
        token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.NumericLiteralToken) && token.Text.Length >= min && token.Text.Length <= max && token.Text.All(char.IsAsciiDigit);

    /// <summary>The runner's line: "<paramref name="notebook"/>, cell N, line L: reason" (without the line when it is not known).</summary>
    public string Describe(string notebook, int cell) => Line is int line
        ? Localized.Format(EngineStrings.CellLineReason, notebook, cell, line, Reason)
        : Localized.Format(EngineStrings.CellReason, notebook, cell, Reason);
}
