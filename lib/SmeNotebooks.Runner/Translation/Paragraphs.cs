namespace SmeNotebooks.Runner.Translation;

/// <summary>
/// The translation units of a Markdown cell: its blocks, separated by blank lines (a paragraph, a heading, a whole
/// list, a whole table, a quotation), each kept exactly as written. A translated cell is the same blocks, each
/// replaced by its translation, joined by the same blank lines.
/// </summary>
public static class Paragraphs
{
    /// <summary>The blocks of <paramref name="markdown"/>, in order, without the blank lines between them.</summary>
    public static IReadOnlyList<string> Split(string markdown)
    {
        var blocks = new List<string>();
        var current = new List<string>();
        foreach (string raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.Trim().Length == 0)
            {
                if (current.Count > 0) { blocks.Add(string.Join('\n', current)); current.Clear(); }
                continue;
            }
            current.Add(raw);
        }
        if (current.Count > 0) blocks.Add(string.Join('\n', current));
        return blocks;
    }
}
