using System.ComponentModel;
using System.Net;
using System.Text;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Display;

/// <summary>
/// A titled table of already-formatted cells, rendered as HTML (for notebooks and pages) or plain text (for
/// consoles and logs). Cell text is HTML-escaped; <see cref="HighlightedCells"/> are marked with the class
/// <c>sme-diff</c> (used to flag a reproduced value that differs from the published one); cells that are not numbers
/// get the class <c>sme-text</c> (left-aligned, where numbers align right).
/// </summary>
/// <param name="Title">Caption, e.g. "Variables in the Equation".</param>
/// <param name="Headers">Column headings.</param>
/// <param name="Rows">Cells, row by row; every row as long as <paramref name="Headers"/>.</param>
/// <param name="Footnote">Optional note under the table (source, cut value, synthetic-data label).</param>
public sealed record Table([Localizable(true)] string Title, [Localizable(true)] IReadOnlyList<string> Headers, [Localizable(true)] IReadOnlyList<IReadOnlyList<string>> Rows, [Localizable(true)] string? Footnote = null)
{
    /// <summary>
    /// A table with one row an item: <paramref name="row"/> gives an item's cells, as long as <paramref name="headers"/>
    /// (<c>Table.From("Table 8", ["area", "firms"], areas, a =&gt; [a.Name, a.Firms.ToString()])</c>).
    /// </summary>
    public static Table From<T>([Localizable(true)] string title, [Localizable(true)] IReadOnlyList<string> headers, IEnumerable<T> items, [Localizable(true)] Func<T, IReadOnlyList<string>> row, [Localizable(true)] string? footnote = null) =>
        From(title, headers, items, (item, _) => row(item), footnote);

    /// <summary>As <see cref="From{T}(string, IReadOnlyList{string}, IEnumerable{T}, Func{T, IReadOnlyList{string}}, string?)"/>, with the item's position (from 0) given to <paramref name="row"/>.</summary>
    public static Table From<T>([Localizable(true)] string title, [Localizable(true)] IReadOnlyList<string> headers, IEnumerable<T> items, [Localizable(true)] Func<T, int, IReadOnlyList<string>> row, [Localizable(true)] string? footnote = null)
    {
        var rows = items.Select(row).ToArray();
        for (int r = 0; r < rows.Length; r++)
            if (rows[r].Count != headers.Count)
                throw new ArgumentException(Localized.Format(Strings.Error_TableRowLength, r + 1, title, rows[r].Count, headers.Count, string.Join(", ", headers.Select(h => $"'{h}'"))), nameof(row));
        return new(title, headers, rows, footnote);
    }

    /// <summary>(row, column) positions to highlight.</summary>
    public IReadOnlySet<(int Row, int Column)> HighlightedCells { get; init; } = new HashSet<(int, int)>();

    /// <summary>HTML: a <c>table.sme-table</c> with caption, header row, body and an optional footnote.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<table class=\"sme-table\"><caption>").Append(WebUtility.HtmlEncode(Title)).Append("</caption><thead><tr>");
        foreach (var h in Headers) html.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        for (int r = 0; r < Rows.Count; r++)
        {
            html.Append("<tr>");
            for (int c = 0; c < Rows[r].Count; c++)
            {
                html.Append(c == 0 ? "<th scope=\"row\"" : "<td");
                var classes = new List<string>();
                if (HighlightedCells.Contains((r, c))) classes.Add("sme-diff");
                if (c > 0 && !LooksNumeric(Rows[r][c])) classes.Add("sme-text");
                if (classes.Count > 0) html.Append(" class=\"").Append(string.Join(' ', classes)).Append('"');
                html.Append('>').Append(WebUtility.HtmlEncode(Rows[r][c])).Append(c == 0 ? "</th>" : "</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody>");
        if (Footnote is not null)
            html.Append("<tfoot><tr><td colspan=\"").Append(Headers.Count).Append("\">").Append(WebUtility.HtmlEncode(Footnote)).Append("</td></tr></tfoot>");
        return html.Append("</table>").ToString();
    }

    /// <summary>True for cells that read as numbers ("0.373", "−1.444", "7.4%", "2,064,229", "—"), which stay right-aligned.</summary>
    private static bool LooksNumeric(string cell) =>
        cell.Length == 0 || cell == "—" || double.TryParse(cell.Replace("−", "-").Replace(",", "").TrimEnd('%'), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>Plain text: the title, then columns padded to their widest cell (numbers right-aligned).</summary>
    public override string ToString()
    {
        var widths = Headers.Select((h, c) => Math.Max(h.Length, Rows.Select(r => r[c].Length).DefaultIfEmpty(0).Max())).ToArray();
        var text = new StringBuilder().AppendLine(Title);
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd();
        text.AppendLine(Line(Headers));
        text.AppendLine(new string('-', widths.Sum() + 2 * (widths.Length - 1)));
        foreach (var row in Rows) text.AppendLine(Line(row));
        if (Footnote is not null) text.AppendLine(Footnote);
        return text.ToString();
    }
}
