namespace SmeNotebooks.Runner.Dib;

/// <summary>
/// Which cells are model solutions: a C# cell whose first line is <c>// solution</c>, a Markdown cell whose first line
/// is <c>&lt;!-- solution --&gt;</c>. Both markers are ordinary comments, so the .dib stays valid for Polyglot and the
/// .ipynb for Jupyter. The full edition shows solutions folded behind "Show solution"; the student edition leaves
/// them out, outputs included.
/// </summary>
public static class SolutionCells
{
    /// <summary>The first line of a C# solution cell.</summary>
    public const string CSharpMarker = "// solution";

    /// <summary>The first line of a Markdown solution cell.</summary>
    public const string MarkdownMarker = "<!-- solution -->";

    /// <summary>True when the cell of <paramref name="language"/> with <paramref name="content"/> is a model solution.</summary>
    public static bool IsSolution(CellLanguage language, string content)
    {
        string first = content.TrimStart('\r', '\n', ' ', '\t').Split('\n')[0].Trim();
        return language switch
        {
            CellLanguage.CSharp => first.Equals(CSharpMarker, StringComparison.OrdinalIgnoreCase),
            CellLanguage.Markdown => first.Equals(MarkdownMarker, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
