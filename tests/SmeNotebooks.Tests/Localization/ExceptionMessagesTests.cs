using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Localization;

/// <summary>
/// Every error the library can show a reader is in the reader's language: no exception in lib/SmeNotebooks is thrown
/// with a message written as an English literal (its words come from a resource through <c>Localized.Format</c>). The
/// hand-written numerical kernels in <c>Numerics/</c> are internal, called only by the library with checked input, and
/// are left out.
/// </summary>
public class ExceptionMessagesTests
{
    [Fact]
    public void No_exception_of_the_library_has_a_message_written_as_a_literal()
    {
        string library = Path.Combine(Fixtures.RepositoryRoot, "lib", "SmeNotebooks");
        string Sep(string folder) => $"{Path.DirectorySeparatorChar}{folder}{Path.DirectorySeparatorChar}";
        var literals = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Sep("obj")) && !f.Contains(Sep("bin")) && !f.Contains(Sep("Numerics")))
            .SelectMany(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot().DescendantNodes()
                .OfType<BaseObjectCreationExpressionSyntax>()
                .Where(creation => creation.Parent is ThrowStatementSyntax or ThrowExpressionSyntax)
                .SelectMany(creation => creation.ArgumentList?.Arguments.Select(a => a.Expression) ?? [])   // the message is not always first (ArgumentOutOfRangeException)
                .Where(message => Words(message) >= 2)
                .Select(message => $"{Path.GetRelativePath(library, file)}:{message.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {message}"))
            .ToList();
        Assert.True(literals.Count == 0, "Messages written as literals (put them in a resource):\n" + string.Join("\n", literals));
    }

    /// <summary>Letters in the literal text of a message: a string literal, an interpolated string's text, or a concatenation of them.</summary>
    private static int Words(ExpressionSyntax message) => message switch
    {
        LiteralExpressionSyntax { Token.RawKind: (int)SyntaxKind.StringLiteralToken } literal => literal.Token.ValueText.Count(char.IsLetter),
        InterpolatedStringExpressionSyntax interpolated => interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Sum(t => t.TextToken.ValueText.Count(char.IsLetter)),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum => Words(sum.Left) + Words(sum.Right),
        _ => 0,
    };
}
