using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmeNotebooks.Engine.Translation;

/// <summary>
/// The messages a notebook's C# code prints and their translation at run time, as gettext does for programs: the code
/// stays in English, the same in every edition, and the engine compiles each message in the reader's language. A
/// message is marked where it is written, never guessed: a regular (not verbatim, not raw) string literal or
/// interpolated string given as the argument of a parameter a reader's text goes to — one marked
/// <c>[Localizable(true)]</c> in the collection's library (a table's title, headings and cells, a check's claim and
/// detail, a chart's title and axes, a profile's label, <c>Translatable.Text</c> for any other text) or the engine's
/// <c>display</c>, and <c>Console.Write</c>/<c>WriteLine</c>'s text. The string may be the argument itself, an element
/// of a collection or array there (rows of cells too), a branch of a conditional, a part of a concatenation, the body
/// of a lambda there (a table's row), or a branch inside a hole of a message; a string anywhere else — a column name
/// passed to <c>Lookup</c>, a key compared in a lambda — is data and stays as written. An interpolated string's holes
/// become <c>{0}</c>, <c>{1}</c>, … in order, and the translation may move them but keeps each one (<see cref="Holes"/>).
/// A translated message is put back on the same line, with the holes' own expressions, alignment and format, so line
/// numbers and numbers do not change.
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

    /// <summary>The message of a string node, or null when the node is no message (see the class's summary).</summary>
    private static string? MessageOf(SyntaxNode node) =>
        TextOf(node) is { } text && text.Any(char.IsLetter) && IsReaderText(node) ? text : null;

    /// <summary>True when the string <paramref name="node"/> goes, as written, to a parameter a reader's text goes to.</summary>
    private static bool IsReaderText(SyntaxNode node)
    {
        SyntaxNode child = node;
        for (var parent = node.Parent; parent is not null; child = parent, parent = parent.Parent)
            switch (parent)
            {
                case ParenthesizedExpressionSyntax or ExpressionElementSyntax or CollectionExpressionSyntax or ArrayCreationExpressionSyntax
                    or ImplicitArrayCreationExpressionSyntax:
                case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression }:
                case ConditionalExpressionSyntax conditional when child != conditional.Condition:
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression }:
                case LambdaExpressionSyntax lambda when child == lambda.ExpressionBody:
                    continue;
                case InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax message }:
                    return TextOf(message) is not null && IsReaderText(message);
                case ArgumentSyntax argument:
                    return ReaderParameters.Takes(argument);
                default:
                    return false;
            }
        return false;
    }

    /// <summary>The text of a regular string literal or interpolated string as written between its quotes; null for anything else.</summary>
    private static string? TextOf(SyntaxNode node) => node switch
    {
        LiteralExpressionSyntax { Token.RawKind: (int)SyntaxKind.StringLiteralToken } literal when literal.Token.Text.StartsWith('"') =>
            literal.Token.Text[1..^1],
        InterpolatedStringExpressionSyntax { StringStartToken.RawKind: (int)SyntaxKind.InterpolatedStringStartToken } interpolated =>
            Pattern(interpolated),
        _ => null,
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
