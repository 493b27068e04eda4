using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// Rewrites a cell so that it can be interrupted: a call to <see cref="SmeNotebooks.Interruption.Check"/> opens the
/// body of every loop, method, constructor, property or event accessor, local function, block-bodied lambda and
/// anonymous method. Roslyn scripts cannot be aborted from
/// outside, so a tight loop stops only where it checks. The call is inserted on the line it belongs to, without a
/// line break, so compiler errors and stack traces still give the cell's own line numbers.
/// </summary>
internal sealed class InterruptionPoints : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax CheckCall =
        SyntaxFactory.ParseStatement("global::SmeNotebooks.Interruption.Check();").WithoutTrivia();

    /// <summary>The cell with its interruption points (unchanged when it has no loop or body).</summary>
    public static string Insert(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script)).GetRoot();
        var rewritten = new InterruptionPoints().Visit(root);
        return ReferenceEquals(rewritten, root) ? code : rewritten.ToFullString();
    }

    private static BlockSyntax Guard(BlockSyntax block) =>
        block.WithStatements(block.Statements.Insert(0, CheckCall.WithLeadingTrivia(SyntaxFactory.Space)));

    private static StatementSyntax Guard(StatementSyntax body) => body is BlockSyntax block
        ? Guard(block)
        : SyntaxFactory.Block(CheckCall, body).WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space))
            .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));

    /// <inheritdoc />
    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) => base.VisitForStatement(node) is ForStatementSyntax visited ? visited.WithStatement(Guard(visited.Statement)) : null;

    /// <inheritdoc />
    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) => base.VisitForEachStatement(node) is ForEachStatementSyntax visited ? visited.WithStatement(Guard(visited.Statement)) : null;

    /// <inheritdoc />
    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) => base.VisitWhileStatement(node) is WhileStatementSyntax visited ? visited.WithStatement(Guard(visited.Statement)) : null;

    /// <inheritdoc />
    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) => base.VisitDoStatement(node) is DoStatementSyntax visited ? visited.WithStatement(Guard(visited.Statement)) : null;

    /// <inheritdoc />
    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
        GuardBody((MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!, v => v.Body, (v, body) => v.WithBody(body));

    /// <inheritdoc />
    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
        GuardBody((ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!, v => v.Body, (v, body) => v.WithBody(body));

    /// <inheritdoc />
    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node) =>
        GuardBody((AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!, v => v.Body, (v, body) => v.WithBody(body));

    /// <inheritdoc />
    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node) =>
        GuardBody((LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!, v => v.Body, (v, body) => v.WithBody(body));

    /// <inheritdoc />
    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => GuardBlock(base.VisitParenthesizedLambdaExpression(node));

    /// <inheritdoc />
    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => GuardBlock(base.VisitSimpleLambdaExpression(node));

    /// <inheritdoc />
    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) => GuardBlock(base.VisitAnonymousMethodExpression(node));

    /// <summary>A member or local function whose block body (if it has one) opens with a check; expression bodies are left as they are.</summary>
    private static T GuardBody<T>(T visited, Func<T, BlockSyntax?> body, Func<T, BlockSyntax, T> withBody) =>
        body(visited) is { } block ? withBody(visited, Guard(block)) : visited;

    /// <summary>A lambda or anonymous method with a block body, guarded; expression bodies are left as they are.</summary>
    private static SyntaxNode? GuardBlock(SyntaxNode? visited) =>
        visited is AnonymousFunctionExpressionSyntax { Block: { } block } function ? function.WithBlock(Guard(block)) : visited;
}
