using SmeNotebooks.Localization;
using SmeNotebooks.Engine.Translation;
using System.Text;
using SmeNotebooks.Runner.Dib;

namespace SmeNotebooks.Runner.Translation;

/// <summary>
/// A notebook in another language from one source: its Markdown blocks (<see cref="Paragraphs"/>) and its code cells'
/// comments (<see cref="CodeComments"/>) are looked up in a PO catalog keyed by the English text; code is never
/// duplicated — the translated notebook has the same code cells in the same order, the same but for their comments
/// (their messages are translated when they run, see <see cref="CodeMessages"/>). An English block whose text has no
/// translation is missing; a catalog entry whose English text is no longer in the notebook is stale (the English
/// changed after it was translated).
/// </summary>
public static class NotebookTranslation
{
    /// <summary>True for a translated notebook's file (<c>name.xx.dib</c>).</summary>
    public static bool IsTranslation(string dib) => NotebookFiles.LanguageOf(dib) != Languages.Source;

    /// <summary>The file name of a notebook's translation: <c>name.es.dib</c> beside <c>name.dib</c>.</summary>
    public static string TranslatedPath(string dib, string language) => Path.ChangeExtension(dib, null) + "." + language + ".dib";

    /// <summary>The prose catalog of <paramref name="dib"/> for <paramref name="language"/>: <c>i18n/xx/name.po</c> at the repository root.</summary>
    public static string CatalogPath(string dib, string language) =>
        Path.Combine(LanguageFolder(dib, language), Path.GetFileNameWithoutExtension(dib) + ".po");

    /// <summary>The catalog of <paramref name="dib"/>'s code messages for <paramref name="language"/>: <c>i18n/xx/messages/name.po</c>.</summary>
    public static string MessagesPath(string dib, string language) =>
        Path.Combine(LanguageFolder(dib, language), "messages", Path.GetFileNameWithoutExtension(dib) + ".po");

    /// <summary><c>i18n/xx</c> at the repository root: beside the folder of <paramref name="dib"/>.</summary>
    private static string LanguageFolder(string dib, string language) => Path.Combine(I18nFolder(dib), language);

    private static string I18nFolder(string dib) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dib))!, "..", "i18n");

    /// <summary>
    /// The languages <paramref name="dib"/> is translated into: each <c>i18n/xx</c> folder of its repository (a language
    /// is added by adding its folder of catalogs), in the order of their codes.
    /// </summary>
    public static IReadOnlyList<string> Translations(string dib) =>
        Directory.Exists(I18nFolder(dib))
            ? [.. Directory.EnumerateDirectories(I18nFolder(dib)).Select(Path.GetFileName).OfType<string>().Where(NotebookFiles.IsLanguageCode).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Every English block to translate — Markdown blocks and code comments — with where it is ("name.dib cell N").</summary>
    public static IEnumerable<(string Block, string Reference)> Units(DibDocument document, string name) =>
        document.Cells.Select((cell, i) => (cell, i)).SelectMany(x => x.cell.Language switch
        {
            CellLanguage.Markdown => Paragraphs.Split(x.cell.Content).Select(block => (block, $"{name} cell {x.i + 1}")),
            CellLanguage.CSharp => CodeComments.Extract(x.cell.Content).Select(comment => (comment, $"{name} cell {x.i + 1} (comment)")),
            _ => [],
        }).DistinctBy(u => u.Item1);

    /// <summary>
    /// Every message of the notebook's C# cells (<see cref="CodeMessages"/>), once each, with where it first is — what
    /// the catalog <c>i18n/xx/messages/name.po</c> translates.
    /// </summary>
    public static IEnumerable<(string Block, string Reference)> Messages(DibDocument document, string name) =>
        document.Cells.Select((cell, i) => (cell, i)).Where(x => x.cell.Language == CellLanguage.CSharp)
            .SelectMany(x => CodeMessages.Extract(x.cell.Content).Select(message => (message, $"{name} cell {x.i + 1}")))
            .DistinctBy(u => u.message);

    /// <summary>The <paramref name="units"/> (<see cref="Units"/> or <see cref="Messages"/>) that <paramref name="catalog"/> does not translate.</summary>
    public static IReadOnlyList<(string Block, string Reference)> Missing(IEnumerable<(string Block, string Reference)> units, PoCatalog catalog) =>
        units.Where(u => catalog.Translate(u.Block) is null).ToList();

    /// <summary>The entries of <paramref name="catalog"/> whose English text is none of <paramref name="units"/> any more.</summary>
    public static IReadOnlyList<PoEntry> Stale(IEnumerable<(string Block, string Reference)> units, PoCatalog catalog)
    {
        var blocks = units.Select(u => u.Block).ToHashSet(StringComparer.Ordinal);
        return catalog.Entries.Where(e => !blocks.Contains(e.English)).ToList();
    }

    /// <summary>
    /// <paramref name="existing"/> (or a new catalog for <paramref name="language"/>) brought up to date with <paramref name="units"/>, in place: every unit has an entry (new ones untranslated),
    /// existing translations (fuzzy drafts too, with their flag) are kept, stale entries are dropped — what a translator then fills in.
    /// </summary>
    public static PoCatalog Update(IReadOnlyList<(string Block, string Reference)> units, PoCatalog? existing, string language)
    {
        var updated = existing ?? new PoCatalog(language);
        foreach (var stale in Stale(units, updated)) updated.Remove(stale.English);
        foreach (var (block, reference) in units)
            updated.Set(updated.Find(block) is { } kept ? kept with { Reference = reference } : new PoEntry(block, "", reference));
        return updated;
    }

    /// <summary>
    /// <paramref name="document"/> with every Markdown block and every code comment replaced by its translation;
    /// throws, naming the notebook, the cell and the text, when one has none.
    /// </summary>
    public static string Translate(DibDocument document, string name, PoCatalog catalog)
    {
        var text = new StringBuilder(document.Preamble);
        for (int i = 0; i < document.Cells.Count; i++)
        {
            var cell = document.Cells[i];
            string Translation(string block) => catalog.Translate(block)
                ?? throw new InvalidOperationException($"{name} cell {i + 1}: no translation for \"{Excerpt.Of(block)}\".");
            string? content = cell.Language switch
            {
                CellLanguage.Markdown => string.Join("\n\n", Paragraphs.Split(cell.Content).Select(Translation)),
                CellLanguage.CSharp => CodeComments.Translate(cell.Content, Translation),
                _ => null,
            };
            if (content is null) { text.Append(cell.HeaderLine).Append(cell.Body); continue; }
            int start = cell.Body.IndexOf(cell.Content, StringComparison.Ordinal);
            text.Append(cell.HeaderLine).Append(cell.Body[..start]).Append(content).Append(cell.Body[(start + cell.Content.Length)..]);
        }
        return text.ToString();
    }
}
