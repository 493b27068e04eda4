namespace SmeNotebooks.Runner.Dib;

/// <summary>
/// One cell of a Polyglot Notebooks <c>.dib</c> file: the kernel line (e.g. <c>#!csharp</c>) and the text up to the
/// next kernel line, kept byte for byte so that a parsed notebook writes back identically.
/// </summary>
/// <param name="Kernel">The kernel name as written after <c>#!</c> (csharp, c#, markdown, html, meta, fsharp, …).</param>
/// <param name="HeaderLine">The kernel line including its line ending.</param>
/// <param name="Body">Everything after the kernel line up to the next cell, line endings included.</param>
public sealed record DibCell(string Kernel, string HeaderLine, string Body)
{
    /// <summary>The cell's language: C#, Markdown, HTML, kernel metadata, or another kernel the runner does not execute.</summary>
    public CellLanguage Language => Kernel.ToLowerInvariant() switch
    {
        "csharp" or "c#" => CellLanguage.CSharp,
        "markdown" or "md" => CellLanguage.Markdown,
        "html" => CellLanguage.Html,
        "meta" => CellLanguage.Meta,
        _ => CellLanguage.Other,
    };

    /// <summary>The body without the blank lines that separate cells in a .dib file.</summary>
    public string Content => Body.Trim('\r', '\n');
}
