using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// Rewrites a cell so that it can be interrupted: a call to <see cref="SmeNotebooks.Interruption.Check"/> opens the
/// body of every loop, block-bodied lambda and anonymous method, and a call to <see cref="SmeNotebooks.Interruption.Enter"/>
/// (the same check and a guard against unbounded recursion) the body of every method, constructor, property or event
/// accessor and local function — an expression body becoming a block (<c>=&gt; e;</c> → <c>{ Enter(); return e; }</c>). Roslyn scripts cannot be aborted from
/// outside, so a tight loop stops only where it checks. The call is inserted on the line it belongs to, without a
/// line break, so compiler errors and stack traces still give the cell's own line numbers.
/// </summary>
internal sealed class InterruptionPoints : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax CheckCall =
        SyntaxFactory.ParseStatement("global::SmeNotebooks.Interruption.Check();").WithoutTrivia();

    private static readonly StatementSyntax EnterCall =
        SyntaxFactory.ParseStatement("global::SmeNotebooks.Interruption.Enter();").WithoutTrivia();

    /// <summary>The cell with its interruption points (unchanged when it has no loop or body).</summary>
    public static string Insert(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, SubmissionChain.ParseOptions).GetRoot();
        var rewritten = new InterruptionPoints().Visit(root);
        return ReferenceEquals(rewritten, root) ? code : rewritten.ToFullString();
    }

    private static BlockSyntax Guard(BlockSyntax block, StatementSyntax? call = null) =>
        block.WithStatements(block.Statements.Insert(0, (call ?? CheckCall).WithLeadingTrivia(SyntaxFactory.Space)));

    /// <summary>
    /// An expression body as a block on the same line: <c>{ Enter(); return e; }</c>, or <c>{ Enter(); e; }</c> when
    /// <paramref name="returnsValue"/> is false (a void method, a setter, a constructor).
    /// </summary>
    private static BlockSyntax Block(ArrowExpressionClauseSyntax arrow, bool returnsValue)
    {
        var expression = arrow.Expression.WithoutTrivia();
        StatementSyntax statement = returnsValue
            ? SyntaxFactory.ReturnStatement(expression).WithReturnKeyword(SyntaxFactory.Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            : SyntaxFactory.ExpressionStatement(expression);
        return SyntaxFactory.Block(EnterCall.WithLeadingTrivia(SyntaxFactory.Space), statement.WithLeadingTrivia(SyntaxFactory.Space))
            .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
            .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(arrow.GetTrailingTrivia());
    }

    private static bool IsVoid(TypeSyntax type) => type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };

    /// <summary>An expression body of a method returning a value: not void, and not an async method returning a plain Task.</summary>
    private static bool ReturnsValue(TypeSyntax type, SyntaxTokenList modifiers) =>
        !IsVoid(type) && !(modifiers.Any(SyntaxKind.AsyncKeyword) && type is IdentifierNameSyntax { Identifier.Text: "Task" or "ValueTask" } or QualifiedNameSyntax { Right.Identifier.Text: "Task" or "ValueTask" });

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
    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        if (visited.Body is { } body) return visited.WithBody(Guard(body, EnterCall));
        if (visited.ExpressionBody is not { } arrow || visited.Modifiers.Any(SyntaxKind.AbstractKeyword) || visited.Modifiers.Any(SyntaxKind.ExternKeyword)) return visited;
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(arrow, ReturnsValue(visited.ReturnType, visited.Modifiers)))
            .WithTrailingTrivia(visited.SemicolonToken.TrailingTrivia);
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
        (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)! is var visited && visited.Body is { } body ? visited.WithBody(Guard(body, EnterCall)) : visited;

    /// <inheritdoc />
    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node) =>
        (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)! is var visited && visited.Body is { } body ? visited.WithBody(Guard(body, EnterCall)) : visited;

    /// <inheritdoc />
    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        if (visited.Body is { } body) return visited.WithBody(Guard(body, EnterCall));
        if (visited.ExpressionBody is not { } arrow || visited.Modifiers.Any(SyntaxKind.ExternKeyword)) return visited;
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(arrow, ReturnsValue(visited.ReturnType, visited.Modifiers)))
            .WithTrailingTrivia(visited.SemicolonToken.TrailingTrivia);
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => GuardBlock(base.VisitParenthesizedLambdaExpression(node));

    /// <inheritdoc />
    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => GuardBlock(base.VisitSimpleLambdaExpression(node));

    /// <inheritdoc />
    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) => GuardBlock(base.VisitAnonymousMethodExpression(node));

    /// <summary>A lambda or anonymous method with a block body, guarded; expression bodies are left as they are.</summary>
    private static SyntaxNode? GuardBlock(SyntaxNode? visited) =>
        visited is AnonymousFunctionExpressionSyntax { Block: { } block } function ? function.WithBlock(Guard(block)) : visited;
}
