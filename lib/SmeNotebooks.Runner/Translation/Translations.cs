using SmeNotebooks.Engine.Translation;
using SmeNotebooks.Runner.Dib;
using SmeNotebooks.Runner.Rendering;

namespace SmeNotebooks.Runner.Translation;

/// <summary>The runner's <c>catalog</c> and <c>translate</c> commands.</summary>
internal static class Translations
{
    /// <summary>
    /// Creates or refreshes, for each English notebook in <paramref name="notebooks"/>, its prose catalog
    /// <c>i18n/&lt;lang&gt;/name.po</c> and its code-message catalog <c>i18n/&lt;lang&gt;/messages/name.po</c> — for
    /// <paramref name="language"/>, or with "all" for every language the repository has an <c>i18n</c> folder for.
    /// </summary>
    public static int UpdateCatalogs(IEnumerable<string> notebooks, string language)
    {
        notebooks = [.. notebooks];
        if (language == "all" && notebooks.FirstOrDefault(d => !NotebookTranslation.IsTranslation(d) && NotebookTranslation.Translations(d).Count == 0) is { } alone)
        {
            Console.Error.WriteLine($"{alone}: its repository has no translation yet (no i18n/<lang> folder); start one with --lang and the language's code, e.g. --lang es");
            return 2;
        }
        foreach (var (dib, lang) in Each(notebooks, language))
        {
            string name = Path.GetFileName(dib);
            var document = DibDocument.Parse(File.ReadAllText(dib), name);
            Update(NotebookTranslation.CatalogPath(dib, lang), [.. NotebookTranslation.Units(document, name)], lang, "paragraphs");
            Update(NotebookTranslation.MessagesPath(dib, lang), [.. NotebookTranslation.Messages(document, name)], lang, "code messages");
        }
        return 0;
    }

    private static void Update(string path, IReadOnlyList<(string Block, string Reference)> units, string language, string what)
    {
        var existing = File.Exists(path) ? PoCatalog.Parse(File.ReadAllText(path), path) : null;
        var updated = NotebookTranslation.Update(units, existing, language);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, updated.Write());
        int untranslated = updated.Entries.Count(e => !e.IsFinal);
        Console.WriteLine($"{Path.GetFullPath(path)}: {updated.Entries.Count} {what}, {untranslated} to translate");
    }

    /// <summary>
    /// Writes <c>name.&lt;lang&gt;.dib</c> and its twin for each English notebook that has a catalog; 1 when a
    /// paragraph or a code message is untranslated (each is named). <paramref name="language"/> as in <see cref="UpdateCatalogs"/>.
    /// </summary>
    public static int Write(IEnumerable<string> notebooks, string language)
    {
        int failures = 0;
        foreach (var (dib, lang) in Each(notebooks, language))
        {
            string name = Path.GetFileName(dib), path = NotebookTranslation.CatalogPath(dib, lang);
            if (!File.Exists(path)) continue;
            var document = DibDocument.Parse(File.ReadAllText(dib), name);
            var catalog = PoCatalog.Parse(File.ReadAllText(path), path);
            string messagesPath = NotebookTranslation.MessagesPath(dib, lang);
            var messages = File.Exists(messagesPath) ? PoCatalog.Parse(File.ReadAllText(messagesPath), messagesPath) : new PoCatalog();
            var missing = NotebookTranslation.Missing(NotebookTranslation.Units(document, name), catalog)
                .Concat(NotebookTranslation.Missing(NotebookTranslation.Messages(document, name), messages)).ToList();
            foreach (var (block, reference) in missing) Console.Error.WriteLine($"{reference}: no {lang} translation for \"{Excerpt.Of(block)}\"");
            if (missing.Count > 0) { failures++; continue; }
            string target = NotebookTranslation.TranslatedPath(dib, lang);
            string text = NotebookTranslation.Translate(document, name, catalog);
            File.WriteAllText(target, text);
            File.WriteAllText(Path.ChangeExtension(target, ".ipynb"), IpynbWriter.Twin(DibDocument.Parse(text, Path.GetFileName(target)), target));
            Console.WriteLine($"→ {target}");
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Each English notebook with each language asked for ("all": its repository's translations).</summary>
    private static IEnumerable<(string Dib, string Language)> Each(IEnumerable<string> notebooks, string language) =>
        notebooks.Where(d => !NotebookTranslation.IsTranslation(d))
            .SelectMany(dib => (language == "all" ? NotebookTranslation.Translations(dib) : [language]).Select(lang => (dib, lang)));
}
