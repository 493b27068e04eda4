using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmeNotebooks.Engine.Translation;

/// <summary>
/// The messages a notebook's C# code prints — the sentences in its string literals and interpolated strings (a
/// <c>Check</c>'s claim, a caption, a line written to the console) — and their translation at run time, as gettext
/// does for programs: the code stays in English, the same in every edition, and the engine compiles each message
/// in the reader's language. A message is a regular (not verbatim, not raw) string with a letter and a space in its
/// text, a table's column heading, or a word listed beside a sentence, taken as written between the quotes; an interpolated string's holes become <c>{0}</c>, <c>{1}</c>, … in
/// order, and the translation may move them but keeps each one (<see cref="Holes"/>). A translated message is put
/// back on the same line, with the holes' own expressions, alignment and format, so line numbers and numbers do not change.
/// </summary>
public static partial class CodeMessages
{
    /// <summary>The messages of <paramref name="code"/>, in order of appearance (repeats included).</summary>
    public static IReadOnlyList<string> Extract(string code)
    {
        var messages = new List<string>();
        foreach (var node in Parse(code).DescendantNodes())
            if (MessageOf(node) is { } message) messages.Add(message);
        return messages;
    }

    /// <summary>
    /// <paramref name="code"/> with every message that <paramref name="translate"/> knows replaced by its translation
    /// (unchanged when none is known). Throws when a translation drops or invents a hole.
    /// </summary>
    public static string Translate(string code, Func<string, string?> translate)
    {
        var root = Parse(code);
        var rewritten = new Rewriter(translate).Visit(root);
        return ReferenceEquals(rewritten, root) ? code : rewritten.ToFullString();
    }

    /// <summary>The hole numbers of a message or its translation ({0}, {1}, … — "{{" and "}}" are braces, not holes).</summary>
    public static IReadOnlyList<int> Holes(string message) =>
        [.. Token().Matches(message).Where(m => m.Groups[1].Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order()];

    private static SyntaxNode Parse(string code) =>
        CSharpSyntaxTree.ParseText(code, Execution.SubmissionChain.ParseOptions).GetRoot();

    /// <summary>
    /// The message of a string node, or null when the node is no message: a sentence (a space and two letters), a
    /// column heading of a <c>new Table(…)</c> or <c>Table.From(…)</c>, or a word listed beside a sentence (<c>["profile", "odds ratio"]</c>)
    /// — whereas any other list of words alone (<c>["capinno", "size"]</c>) names data.
    /// </summary>
    private static string? MessageOf(SyntaxNode node)
    {
        string? text = TextOf(node);
        if (text is null || !text.Any(char.IsLetter)) return null;
        return IsSentence(text) || IsTableHeading(node) || Siblings(node).Any(s => TextOf(s) is { } sibling && IsSentence(sibling)) ? text : null;
    }

    /// <summary>
    /// True for an element of the headings of <c>new Table(title, [headings…], rows)</c> or
    /// <c>Table.From(title, [headings…], items, row)</c>: words a reader sees, never keys.
    /// </summary>
    private static bool IsTableHeading(SyntaxNode node) =>
        node.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax { Parent: ArgumentSyntax argument } }
        && argument.Parent is ArgumentListSyntax arguments
        && arguments.Arguments.IndexOf(argument) == 1
        && arguments.Parent switch
        {
            ObjectCreationExpressionSyntax { Type: var type } => type.ToString() is "Table" or "SmeNotebooks.Display.Table",
            InvocationExpressionSyntax { Expression: var called } => called.ToString() is "Table.From" or "SmeNotebooks.Display.Table.From",
            _ => false,
        };

    private static bool IsSentence(string text) => text.Contains(' ') && text.Count(char.IsLetter) >= 2;

    /// <summary>The text of a regular string literal or interpolated string as written between its quotes; null for anything else.</summary>
    private static string? TextOf(SyntaxNode node) => node switch
    {
        LiteralExpressionSyntax { Token.RawKind: (int)SyntaxKind.StringLiteralToken } literal when literal.Token.Text.StartsWith('"') =>
            literal.Token.Text[1..^1],
        InterpolatedStringExpressionSyntax { StringStartToken.RawKind: (int)SyntaxKind.InterpolatedStringStartToken } interpolated =>
            Pattern(interpolated),
        _ => null,
    };

    /// <summary>The other elements of the collection expression or array initializer <paramref name="node"/> is an element of.</summary>
    private static IEnumerable<SyntaxNode> Siblings(SyntaxNode node) => node.Parent switch
    {
        ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } =>
            collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression).Where(e => e != node),
        InitializerExpressionSyntax initializer => initializer.Expressions.Where(e => e != node),
        _ => [],
    };

    private static string Pattern(InterpolatedStringExpressionSyntax interpolated)
    {
        var text = new StringBuilder();
        int hole = 0;
        foreach (var content in interpolated.Contents)
            text.Append(content is InterpolatedStringTextSyntax part ? part.TextToken.Text : "{" + hole++ + "}");
        return text.ToString();
    }

    private sealed class Rewriter(Func<string, string?> translate) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitLiteralExpression(LiteralExpressionSyntax node) =>
            MessageOf(node) is { } message && translate(message) is { } translation && translation != message
                ? Replace(node, "\"" + Checked(message, translation) + "\"")
                : node;

        public override SyntaxNode? VisitInterpolatedStringExpression(InterpolatedStringExpressionSyntax node)
        {
            string? message = MessageOf(node);
            var visited = (InterpolatedStringExpressionSyntax)base.VisitInterpolatedStringExpression(node)!;
            if (message is null || translate(message) is not { } translation || translation == message) return visited;
            var holes = visited.Contents.OfType<InterpolationSyntax>().Select(h => h.ToString()).ToArray();
            string body = Token().Replace(Checked(message, translation), m => m.Groups[1].Success ? holes[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)] : m.Value);
            return Replace(node, "$\"" + body + "\"");
        }

        private static SyntaxNode Replace(SyntaxNode node, string expression) =>
            SyntaxFactory.ParseExpression(expression).WithTriviaFrom(node);

        private static string Checked(string message, string translation) =>
            Holes(message).SequenceEqual(Holes(translation))
                ? translation
                : throw new InvalidOperationException($"The translation of \"{Excerpt.Of(message)}\" has the holes {{{string.Join("}, {", Holes(translation))}}}, the message {{{string.Join("}, {", Holes(message))}}}.");
    }

    [GeneratedRegex(@"\{\{|\}\}|\{(\d+)\}")]
    private static partial Regex Token();
}
