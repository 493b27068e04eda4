using System.Text.RegularExpressions;
using SmeNotebooks.Runner.Dib;
using SmeNotebooks.Engine.Translation;
using SmeNotebooks.Runner.Translation;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

/// <summary>
/// One source, two languages: every translated notebook is its English notebook with each paragraph replaced from its
/// catalog — nothing missing, nothing stale, code untouched — and the committed translation is what the catalog gives.
/// </summary>
public class TranslationTests
{
    private static readonly string Notebooks = Path.Combine(Fixtures.RepositoryRoot, "notebooks");

    public static TheoryData<string> Translated => new(Directory.GetFiles(Notebooks, "*.dib")
        .Where(d => !NotebookTranslation.IsTranslation(d) && File.Exists(NotebookTranslation.CatalogPath(d, "es"))).Select(Path.GetFileName)!);

    private static (DibDocument English, PoCatalog Catalog) Load(string name)
    {
        string dib = Path.Combine(Notebooks, name);
        return (DibDocument.Parse(File.ReadAllText(dib), name), PoCatalog.Parse(File.ReadAllText(NotebookTranslation.CatalogPath(dib, "es")), name));
    }

    [Fact]
    public void Every_English_notebook_has_a_Spanish_catalog()
    {
        var without = Directory.GetFiles(Notebooks, "*.dib").Where(d => !NotebookTranslation.IsTranslation(d))
            .Where(d => !File.Exists(NotebookTranslation.CatalogPath(d, "es"))).Select(Path.GetFileName).ToList();
        Assert.True(without.Count == 0, "no Spanish catalog (run the runner's 'catalog' command on it, translate, then 'translate'): " + string.Join(", ", without));
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void Every_paragraph_is_translated_and_no_translation_is_stale(string name)
    {
        var (english, catalog) = Load(name);
        var missing = NotebookTranslation.Missing(NotebookTranslation.Units(english, name), catalog);
        Assert.True(missing.Count == 0, "untranslated (run the runner's 'catalog' command, then translate):\n" + string.Join("\n", missing.Select(m => $"{m.Reference}: {m.Block}")));
        var stale = NotebookTranslation.Stale(NotebookTranslation.Units(english, name), catalog);
        Assert.True(stale.Count == 0, "stale (the English changed after translation):\n" + string.Join("\n", stale.Select(e => $"{e.Reference}: {e.English}")));
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void Every_code_message_is_translated_with_its_holes_and_none_is_stale(string name)
    {
        // The sentences the notebook's code prints (Check claims, captions, console lines) live in
        // i18n/es/messages/<notebook>.po; the engine compiles them in Spanish when it runs the Spanish edition.
        string dib = Path.Combine(Notebooks, name), path = NotebookTranslation.MessagesPath(dib, "es");
        Assert.True(File.Exists(path), $"{name} has no message catalog {path} (run the runner's 'catalog' command)");
        var english = DibDocument.Parse(File.ReadAllText(dib), name);
        var catalog = PoCatalog.Parse(File.ReadAllText(path), path);
        var messages = NotebookTranslation.Messages(english, name).ToList();
        var missing = NotebookTranslation.Missing(messages, catalog);
        Assert.True(missing.Count == 0, "untranslated messages (run 'catalog', then translate):\n" + string.Join("\n", missing.Select(m => $"{m.Reference}: {m.Block}")));
        var stale = NotebookTranslation.Stale(messages, catalog);
        Assert.True(stale.Count == 0, "stale messages (the code changed after translation):\n" + string.Join("\n", stale.Select(e => $"{e.Reference}: {e.English}")));
        var holes = catalog.Entries.Where(e => !CodeMessages.Holes(e.English).SequenceEqual(CodeMessages.Holes(e.Translation))).ToList();
        Assert.True(holes.Count == 0, "translations that drop or invent a {n} hole:\n" + string.Join("\n", holes.Select(e => $"{e.Reference}: {e.English} → {e.Translation}")));
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void The_committed_translation_is_the_catalog_applied_with_the_same_code(string name)
    {
        var (english, catalog) = Load(name);
        string path = NotebookTranslation.TranslatedPath(Path.Combine(Notebooks, name), "es");
        string committed = File.ReadAllText(path);
        Assert.True(committed == NotebookTranslation.Translate(english, name, catalog), $"{Path.GetFileName(path)} is out of date: run the runner's 'translate' command.");
        var spanish = DibDocument.Parse(committed, Path.GetFileName(path));
        Assert.Equal(english.Cells.Select(c => (c.Language, c.Language == CellLanguage.Markdown ? "" : c.Content)),
            spanish.Cells.Select(c => (c.Language, c.Language == CellLanguage.Markdown ? "" : c.Content)));
        Assert.Equal(english.Cells.Select(c => SolutionCells.IsSolution(c.Language, c.Content)), spanish.Cells.Select(c => SolutionCells.IsSolution(c.Language, c.Content)));
    }

    /// <summary>English words that Spanish prose does not use; three in one paragraph mean it was left in English.</summary>
    private static readonly string[] EnglishWords = ["the", "and", "of", "which", "with", "from", "that", "this", "is", "are", "for", "what", "how", "not", "it"];

    [Theory]
    [MemberData(nameof(Translated))]
    public void No_paragraph_of_a_Spanish_notebook_is_left_in_English(string name)
    {
        string path = NotebookTranslation.TranslatedPath(Path.Combine(Notebooks, name), "es");
        var spanish = DibDocument.Parse(File.ReadAllText(path), Path.GetFileName(path));
        foreach (var (block, reference) in NotebookTranslation.Units(spanish, Path.GetFileName(path)))
        {
            // Code, formulas, link targets, italics (English terms a glossary quotes, titles of English works) and
            // bibliography entries (a list item with a year in parentheses) are not prose.
            string prose = Regex.Replace(block, @"^- .*\((?:19|20)\d\d\).*$", " ", RegexOptions.Multiline);
            prose = Regex.Replace(prose, @"`[^`]*`|\$[^$]*\$|\]\([^)]*\)|(?<!\*)\*[^*]+\*(?!\*)", " ");
            var english = Regex.Matches(prose.ToLowerInvariant(), @"\b[a-z]+\b").Select(m => m.Value).Where(w => EnglishWords.Contains(w)).ToList();
            Assert.True(english.Count < 3, $"{reference} reads as English ({string.Join(", ", english)}): {Excerpt.Of(block)}");
        }
    }

    [Fact]
    public void A_changed_English_paragraph_is_reported_missing_and_its_old_translation_stale()
    {
        var english = DibDocument.Parse("#!markdown\n\n# Title\n\nFirst paragraph.\n\nSecond paragraph.\n", "demo.dib");
        var catalog = NotebookTranslation.Update([.. NotebookTranslation.Units(english, "demo.dib")], null);
        foreach (var e in catalog.Entries) catalog.Set(e with { Translation = "ES " + e.English });
        Assert.Empty(NotebookTranslation.Missing(NotebookTranslation.Units(english, "demo.dib"), catalog));

        var edited = DibDocument.Parse("#!markdown\n\n# Title\n\nFirst paragraph, edited.\n\nSecond paragraph.\n", "demo.dib");
        Assert.Equal([("First paragraph, edited.", "demo.dib cell 1")], NotebookTranslation.Missing(NotebookTranslation.Units(edited, "demo.dib"), catalog));
        Assert.Equal(["First paragraph."], NotebookTranslation.Stale(NotebookTranslation.Units(edited, "demo.dib"), catalog).Select(e => e.English));
        Assert.Contains("demo.dib cell 1: no translation for \"First paragraph, edited.\"",
            Assert.Throws<InvalidOperationException>(() => NotebookTranslation.Translate(edited, "demo.dib", catalog)).Message);
    }

    [Fact]
    public void A_catalog_reads_back_what_it_writes_quotes_backslashes_and_line_breaks_included()
    {
        var catalog = new PoCatalog();
        catalog.Set(new PoEntry("A \"quoted\" $\\beta$\nsecond line", "Una \"cita\" $\\beta$\nsegunda línea", "x.dib cell 2"));
        catalog.Set(new PoEntry("One line.", "", "x.dib cell 3"));
        var back = PoCatalog.Parse(catalog.Write(), "x.po");
        Assert.Equal(catalog.Entries, back.Entries);
        Assert.Null(back.Translate("One line."));
        Assert.Contains("line 2", Assert.Throws<FormatException>(() => PoCatalog.Parse("msgid \"a\"\nnonsense\n", "bad.po")).Message);
    }
}
