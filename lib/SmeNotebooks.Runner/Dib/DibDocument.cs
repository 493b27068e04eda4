using System.Text.Json;
using System.Text.RegularExpressions;

namespace SmeNotebooks.Runner.Dib;

/// <summary>
/// A parsed <c>.dib</c> notebook. A cell starts at a line that is exactly <c>#!kernel</c> for a known kernel
/// name; other <c>#!</c> lines (<c>#!time</c>, …) are magic commands inside a cell. <see cref="Write"/> gives back
/// the original text exactly.
/// </summary>
public sealed partial class DibDocument
{
    /// <summary>Kernel names that start a cell, as Polyglot Notebooks writes them.</summary>
    public static readonly IReadOnlySet<string> Kernels = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "csharp", "c#", "fsharp", "f#", "pwsh", "powershell", "javascript", "js", "html", "markdown", "md",
        "mermaid", "sql", "kql", "value", "meta", "http", "python", "r",
    };

    private DibDocument(string preamble, IReadOnlyList<DibCell> cells) => (Preamble, Cells) = (preamble, cells);

    /// <summary>Text before the first kernel line (only blank lines in a well-formed file).</summary>
    public string Preamble { get; }

    /// <summary>The cells, in order.</summary>
    public IReadOnlyList<DibCell> Cells { get; }

    /// <summary>Parses <paramref name="text"/>; <paramref name="name"/> is used in error messages.</summary>
    public static DibDocument Parse(string text, string name = "notebook")
    {
        var lines = LineSplitter().Split(text).Where(l => l.Length > 0).ToArray();
        var preamble = new System.Text.StringBuilder();
        var cells = new List<DibCell>();
        string? kernel = null, header = null;
        var body = new System.Text.StringBuilder();
        int lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            var match = KernelLine().Match(line.TrimEnd('\r', '\n'));
            if (match.Success && Kernels.Contains(match.Groups[1].Value))
            {
                if (kernel is not null) cells.Add(new DibCell(kernel, header!, body.ToString()));
                kernel = match.Groups[1].Value;
                header = line;
                body.Clear();
                continue;
            }
            if (kernel is null)
            {
                if (line.Trim().Length > 0)
                    throw new DibFormatException($"{name}, line {lineNumber}: text before the first cell marker (#!csharp, #!markdown, …): '{line.Trim()}'.");
                preamble.Append(line);
            }
            else body.Append(line);
        }
        if (kernel is not null) cells.Add(new DibCell(kernel, header!, body.ToString()));
        if (cells.Count == 0) throw new DibFormatException($"{name}: no cells — a .dib file needs at least one '#!csharp' or '#!markdown' line.");
        foreach (var meta in cells.Where(c => c.Language == CellLanguage.Meta))
        {
            try { JsonDocument.Parse(meta.Content.Length == 0 ? "{}" : meta.Content); }
            catch (JsonException ex) { throw new DibFormatException($"{name}: the #!meta cell is not valid JSON ({ex.Message})."); }
        }
        return new DibDocument(preamble.ToString(), cells);
    }

    /// <summary>The notebook as .dib text, identical to what was parsed.</summary>
    public string Write() => Preamble + string.Concat(Cells.Select(c => c.HeaderLine + c.Body));

    [GeneratedRegex(@"(?<=\n)")]
    private static partial Regex LineSplitter();

    [GeneratedRegex(@"^#!([A-Za-z#][A-Za-z0-9#-]*)\s*$")]
    private static partial Regex KernelLine();
}
