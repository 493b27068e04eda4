using System.Text;

namespace SmeNotebooks.Engine.Translation;

/// <summary>
/// A gettext PO catalog (the format Sphinx projects and Poedit use): entries keyed by the English text
/// (<c>msgid</c>) with their translation (<c>msgstr</c>) and a reference comment (<c>#:</c>) saying where the text is.
/// Strings are quoted with C-style escapes (<c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\t</c>) and may continue over several
/// quoted lines; the header entry (empty msgid) is kept as written.
/// </summary>
public sealed class PoCatalog
{
    private readonly Dictionary<string, PoEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>The entries in file order, header excluded.</summary>
    public IReadOnlyList<PoEntry> Entries => [.. _entries.Values];

    /// <summary>The catalog's header (its msgstr), e.g. the language.</summary>
    public string Header { get; private set; } = "Content-Type: text/plain; charset=UTF-8\nLanguage: es_MX\n";

    /// <summary>The translation of <paramref name="english"/>, or null when it has none (missing or empty).</summary>
    public string? Translate(string english) => _entries.TryGetValue(english, out var e) && e.Translation.Length > 0 ? e.Translation : null;

    /// <summary>Adds or replaces an entry.</summary>
    public void Set(PoEntry entry) => _entries[entry.English] = entry;

    /// <summary>Removes the entry of <paramref name="english"/>, if any.</summary>
    public void Remove(string english) => _entries.Remove(english);

    /// <summary>Reads a catalog; throws, naming the line, on anything that is not PO.</summary>
    public static PoCatalog Parse(string text, string name)
    {
        var catalog = new PoCatalog();
        string? reference = null, field = null;
        StringBuilder id = new(), str = new();
        bool open = false;
        void Flush()
        {
            if (!open) return;
            if (id.Length == 0) catalog.Header = str.ToString();
            else catalog._entries[id.ToString()] = new PoEntry(id.ToString(), str.ToString(), reference ?? "");
            id.Clear(); str.Clear(); reference = null; field = null; open = false;
        }
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0) { Flush(); continue; }
            if (line.StartsWith("#:", StringComparison.Ordinal)) { Flush(); reference = line[2..].Trim(); continue; }
            if (line.StartsWith('#')) continue;
            if (line.StartsWith("msgid ", StringComparison.Ordinal)) { Flush(); open = true; field = "id"; id.Append(Unquote(line[6..], name, i)); }
            else if (line.StartsWith("msgstr ", StringComparison.Ordinal) && field == "id") { field = "str"; str.Append(Unquote(line[7..], name, i)); }
            else if (line.StartsWith('"') && field is not null) (field == "id" ? id : str).Append(Unquote(line, name, i));
            else throw new FormatException($"{name}, line {i + 1}: not a PO line: {line}");
        }
        Flush();
        return catalog;
    }

    /// <summary>The catalog as PO text, one entry per English text, each string split at its line breaks.</summary>
    public string Write()
    {
        var text = new StringBuilder("msgid \"\"\nmsgstr ").Append(Quote(Header)).Append('\n');
        foreach (var entry in _entries.Values)
        {
            text.Append('\n');
            if (entry.Reference.Length > 0) text.Append("#: ").Append(entry.Reference).Append('\n');
            text.Append("msgid ").Append(Quote(entry.English)).Append("\nmsgstr ").Append(Quote(entry.Translation)).Append('\n');
        }
        return text.ToString();
    }

    private static string Quote(string value)
    {
        static string One(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t").Replace("\n", "\\n") + "\"";
        if (!value.Contains('\n') || value.IndexOf('\n') == value.Length - 1) return One(value);
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i < value.Length; i++)
            if (value[i] == '\n') { parts.Add(value[start..(i + 1)]); start = i + 1; }
        if (start < value.Length) parts.Add(value[start..]);
        return "\"\"\n" + string.Join("\n", parts.Select(One));
    }

    private static string Unquote(string quoted, string name, int line)
    {
        quoted = quoted.Trim();
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"') throw new FormatException($"{name}, line {line + 1}: a PO string must be quoted.");
        var text = new StringBuilder();
        for (int i = 1; i < quoted.Length - 1; i++)
        {
            char c = quoted[i];
            if (c != '\\') { text.Append(c); continue; }
            char next = quoted[++i];
            text.Append(next switch { 'n' => '\n', 't' => '\t', '"' => '"', '\\' => '\\', _ => throw new FormatException($"{name}, line {line + 1}: unknown escape \\{next}.") });
        }
        return text.ToString();
    }
}
