namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// How deeply a cell nests its brackets — ( [ { — outside string and character literals and comments (interpolated
/// strings count whole: their holes are code). The C#
/// compiler parses nesting recursively, and a cell nested some ten thousand levels deep (a pasted formula gone wrong,
/// or a hostile client) overflows the stack, which no .NET process survives; so the engine, the kernel's completion
/// and its is-complete answer refuse cells deeper than <see cref="Limit"/> before the compiler sees them.
/// </summary>
public static class NestingDepth
{
    /// <summary>The deepest nesting accepted: far beyond any hand-written code, far below what overflows the compiler.</summary>
    public const int Limit = 1000;

    /// <summary>The greatest bracket depth of <paramref name="code"/> (an unbalanced closing bracket does not go below zero).</summary>
    public static int Of(string code)
    {
        int depth = 0, deepest = 0;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '/' && i + 1 < code.Length && code[i + 1] == '/') { i = Skip(code, i, "\n"); continue; }
            if (c == '/' && i + 1 < code.Length && code[i + 1] == '*') { i = Skip(code, i + 1, "*/"); continue; }
            // An interpolated string's holes are code: it is read as code, its text counted too (only ever more).
            if (c is '"' or '\'' && !Interpolated(code, i)) { i = SkipLiteral(code, i, c); continue; }
            if (c is '(' or '[' or '{') deepest = Math.Max(deepest, ++depth);
            else if (c is ')' or ']' or '}') depth = Math.Max(0, depth - 1);
        }
        return deepest;
    }

    private static bool Interpolated(string code, int quote) =>
        quote > 0 && (code[quote - 1] == '$' || (code[quote - 1] == '@' && quote > 1 && code[quote - 2] == '$'));

    private static int Skip(string code, int from, string end)
    {
        int at = code.IndexOf(end, from + 1, StringComparison.Ordinal);
        return at < 0 ? code.Length : at + end.Length - 1;
    }

    /// <summary>The index of the quote closing the literal opened at <paramref name="start"/> (escapes skipped; a line end closes it too).</summary>
    private static int SkipLiteral(string code, int start, char quote)
    {
        for (int i = start + 1; i < code.Length; i++)
        {
            if (code[i] == '\\') { i++; continue; }
            if (code[i] == quote || code[i] == '\n') return i;
        }
        return code.Length;
    }
}
