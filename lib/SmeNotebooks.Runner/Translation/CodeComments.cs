using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmeNotebooks.Engine.Translation;
using SmeNotebooks.Runner.Dib;

namespace SmeNotebooks.Runner.Translation;

/// <summary>
/// The comments of a C# cell, which a translated notebook shows in its own language (the answer placeholders'
/// <c>// your answer: …</c> among them). A unit is one <c>//</c> comment after code, or a run of whole-line
/// <c>//</c> comments on consecutive lines at the same indentation, its lines joined by "\n" (what a PO entry then
/// holds). The solution marker (<see cref="SolutionCells.CSharpMarker"/>) is not a comment to translate. A translation
/// keeps the unit's number of lines, so that an error's line number is the same in every edition; it is written back
/// at the same place with the same indentation. Comments are read from the syntax tree, so a <c>"//"</c> inside a
/// string is not one.
/// </summary>
public static class CodeComments
{
    /// <summary>The comment units of <paramref name="code"/>, in order (each line's text after <c>//</c> and one space).</summary>
    public static IReadOnlyList<string> Extract(string code) => [.. Units(code).Select(u => u.Text)];

    /// <summary>
    /// <paramref name="code"/> with each comment unit <paramref name="translate"/> knows replaced by its translation;
    /// throws, naming the comment, when a translation has another number of lines.
    /// </summary>
    public static string Translate(string code, Func<string, string?> translate)
    {
        var units = Units(code);
        var text = new System.Text.StringBuilder(code);
        foreach (var unit in Enumerable.Reverse(units))
        {
            if (translate(unit.Text) is not { } translation || translation == unit.Text) continue;
            string[] lines = translation.Split('\n');
            if (lines.Length != unit.Lines.Count)
                throw new InvalidOperationException($"The translation of the comment \"{Excerpt.Of(unit.Text)}\" has {lines.Length} line(s), the comment {unit.Lines.Count}: keep the number of lines, so that line numbers agree in every edition.");
            for (int i = unit.Lines.Count - 1; i >= 0; i--)
            {
                var span = unit.Lines[i];
                text.Remove(span.Start, span.Length).Insert(span.Start, "// " + lines[i]);
            }
        }
        return text.ToString();
    }

    /// <summary>Each unit: its text and the span of each of its <c>//</c> comments.</summary>
    private static List<(string Text, IReadOnlyList<Microsoft.CodeAnalysis.Text.TextSpan> Lines)> Units(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, SmeNotebooks.Engine.Execution.SubmissionChain.ParseOptions);
        var source = tree.GetText();
        var comments = tree.GetRoot().DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia))
            .Where(t => !t.ToString().Trim().Equals(SolutionCells.CSharpMarker, StringComparison.OrdinalIgnoreCase))
            .Select(t =>
            {
                var line = source.Lines.GetLineFromPosition(t.SpanStart);
                bool alone = source.ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(line.Start, t.SpanStart)).Trim().Length == 0;
                return (Span: t.Span, Line: line.LineNumber, Column: t.SpanStart - line.Start, Alone: alone, Text: Body(t.ToString()));
            }).ToList();
        var units = new List<(string, IReadOnlyList<Microsoft.CodeAnalysis.Text.TextSpan>)>();
        for (int i = 0; i < comments.Count; i++)
        {
            int end = i;
            while (comments[i].Alone && end + 1 < comments.Count && comments[end + 1].Alone
                   && comments[end + 1].Line == comments[end].Line + 1 && comments[end + 1].Column == comments[i].Column)
                end++;
            var run = comments.GetRange(i, end - i + 1);
            units.Add((string.Join("\n", run.Select(c => c.Text)), run.Select(c => c.Span).ToArray()));
            i = end;
        }
        return units;
    }

    /// <summary>A comment's text: after <c>//</c> and the spaces that follow it.</summary>
    private static string Body(string comment) => comment[2..].TrimStart(' ').TrimEnd();
}
