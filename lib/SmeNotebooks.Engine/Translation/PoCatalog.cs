using System.Text;

namespace SmeNotebooks.Engine.Translation;

/// <summary>
/// A gettext PO catalog (the format Sphinx projects and Poedit use): entries keyed by the English text
/// (<c>msgid</c>) and its context (<c>msgctxt</c>) with their translation (<c>msgstr</c>), a reference comment
/// (<c>#:</c>) saying where the text is, the <c>#, fuzzy</c> flag (a draft: kept, never published) and plural forms
/// (<c>msgid_plural</c>, <c>msgstr[n]</c>, chosen by the header's <c>Plural-Forms</c>). Strings are quoted with C-style
/// escapes (<c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\t</c>) and may continue over several quoted lines; the header entry
/// (empty msgid) is kept as written; obsolete (<c>#~</c>) and previous-text (<c>#|</c>) comments are skipped (GNU
/// gettext manual, "The Format of PO Files"). Written by hand: the project's package source serves no PO library.
/// </summary>
public sealed class PoCatalog
{
    private readonly Dictionary<string, PoEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>The entries in file order, header excluded.</summary>
    public IReadOnlyList<PoEntry> Entries => [.. _entries.Values];

    /// <summary>The catalog's header (its msgstr), e.g. the language.</summary>
    public string Header { get; private set; } = "Content-Type: text/plain; charset=UTF-8\n";

    /// <summary>An empty catalog; a new file's header names <paramref name="language"/> ("es") when given.</summary>
    public PoCatalog(string? language = null)
    {
        if (language is not null) Header += "Language: " + language + "\n";
    }

    /// <summary>The entry of <paramref name="english"/> in <paramref name="context"/>, final or not; null when there is none.</summary>
    public PoEntry? Find(string english, string? context = null) => _entries.GetValueOrDefault(Key(english, context));

    /// <summary>The final translation of <paramref name="english"/> (in <paramref name="context"/>), or null when it has none: missing, empty or fuzzy.</summary>
    public string? Translate(string english, string? context = null) =>
        Find(english, context) is { EnglishPlural: null, IsFinal: true } entry ? entry.Translation : null;

    /// <summary>
    /// The final translation of the plural message <paramref name="english"/> for the count <paramref name="count"/>:
    /// the form the header's plural rule picks; null when the entry is missing, not plural, or not final.
    /// </summary>
    public string? TranslatePlural(string english, long count, string? context = null) =>
        Find(english, context) is { EnglishPlural: not null, IsFinal: true } entry && PluralIndex(count) is var i && i < entry.PluralTranslations.Count
            ? entry.PluralTranslations[i] : null;

    /// <summary>
    /// The form for <paramref name="count"/> under the header's <c>Plural-Forms</c>: the rules of the collection's
    /// languages and their neighbours — one form (<c>plural=0</c>), <c>plural=(n != 1)</c> (English, Spanish, German, …)
    /// and <c>plural=(n &gt; 1)</c> (French, Brazilian Portuguese); no header rule means <c>n != 1</c>.
    /// </summary>
    public int PluralIndex(long count)
    {
        string rule = Header.Split('\n').FirstOrDefault(l => l.StartsWith("Plural-Forms:", StringComparison.OrdinalIgnoreCase)) is { } line
            ? line[(line.IndexOf("plural=", StringComparison.Ordinal) is var at && at >= 0 ? at + 7 : line.Length)..].Replace(" ", "").TrimEnd(';') : "(n!=1)";
        return rule.Trim('(', ')') switch
        {
            "0" => 0,
            "n!=1" => count != 1 ? 1 : 0,
            "n>1" => count > 1 ? 1 : 0,
            _ => throw new FormatException($"The plural rule '{rule}' is not one this reader knows (0, n != 1, n > 1)."),
        };
    }

    /// <summary>Adds or replaces an entry.</summary>
    public void Set(PoEntry entry) => _entries[Key(entry.English, entry.Context)] = entry;

    /// <summary>Removes the entry of <paramref name="english"/> (in <paramref name="context"/>), if any.</summary>
    public void Remove(string english, string? context = null) => _entries.Remove(Key(english, context));

    /// <summary>gettext's own key: the context and the text joined by U+0004.</summary>
    private static string Key(string english, string? context) => context is null ? english : context + "\u0004" + english;

    /// <summary>Reads a catalog; throws, naming the line, on anything that is not PO.</summary>
    public static PoCatalog Parse(string text, string name)
    {
        var catalog = new PoCatalog();
        string? reference = null, field = null;
        bool fuzzy = false, open = false;
        StringBuilder? context = null, plural = null;
        StringBuilder id = new(), str = new();
        var forms = new SortedDictionary<int, StringBuilder>();
        void Flush()
        {
            if (open)
            {
                if (id.Length == 0 && context is null) catalog.Header = str.ToString();
                else catalog.Set(new PoEntry(id.ToString(), str.ToString(), reference ?? "")
                {
                    Fuzzy = fuzzy, Context = context?.ToString(), EnglishPlural = plural?.ToString(),
                    PluralTranslations = plural is null ? [] : [.. forms.Values.Select(f => f.ToString())],
                });
            }
            id.Clear(); str.Clear(); forms.Clear(); context = plural = null; reference = field = null; fuzzy = open = false;
        }
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0) { Flush(); continue; }
            if (field is "id" or "plural" or "str" or "form" && !line.StartsWith('"') && !line.StartsWith("msgstr", StringComparison.Ordinal)
                && !line.StartsWith("msgid_plural", StringComparison.Ordinal)) Flush();
            if (line.StartsWith("#:", StringComparison.Ordinal)) { reference = line[2..].Trim(); continue; }
            if (line.StartsWith("#,", StringComparison.Ordinal)) { fuzzy |= line[2..].Split(',').Any(f => f.Trim() == "fuzzy"); continue; }
            if (line.StartsWith('#')) continue;
            if (line.StartsWith("msgctxt ", StringComparison.Ordinal)) { field = "context"; context = new StringBuilder(Unquote(line[8..], name, i)); }
            else if (line.StartsWith("msgid_plural ", StringComparison.Ordinal) && field == "id") { field = "plural"; plural = new StringBuilder(Unquote(line[13..], name, i)); }
            else if (line.StartsWith("msgid ", StringComparison.Ordinal)) { open = true; field = "id"; id.Append(Unquote(line[6..], name, i)); }
            else if (line.StartsWith("msgstr[", StringComparison.Ordinal) && field is "plural" or "form" && line.IndexOf(']') is var close && close > 7
                     && int.TryParse(line[7..close], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
            { field = "form"; forms[n] = new StringBuilder(Unquote(line[(close + 1)..], name, i)); }
            else if (line.StartsWith("msgstr ", StringComparison.Ordinal) && field == "id") { field = "str"; str.Append(Unquote(line[7..], name, i)); }
            else if (line.StartsWith('"') && field is not null)
                (field switch { "id" => id, "str" => str, "context" => context!, "plural" => plural!, _ => forms[forms.Keys.Last()] }).Append(Unquote(line, name, i));
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
            if (entry.Fuzzy) text.Append("#, fuzzy\n");
            if (entry.Context is not null) text.Append("msgctxt ").Append(Quote(entry.Context)).Append('\n');
            text.Append("msgid ").Append(Quote(entry.English)).Append('\n');
            if (entry.EnglishPlural is null) text.Append("msgstr ").Append(Quote(entry.Translation)).Append('\n');
            else
            {
                text.Append("msgid_plural ").Append(Quote(entry.EnglishPlural)).Append('\n');
                for (int n = 0; n < entry.PluralTranslations.Count; n++) text.Append($"msgstr[{n}] ").Append(Quote(entry.PluralTranslations[n])).Append('\n');
            }
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
