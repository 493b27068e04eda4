using System.Text.RegularExpressions;
using SmeNotebooks.Runner.Dib;
using SmeNotebooks.Engine.Translation;
using SmeNotebooks.Runner.Translation;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

/// <summary>
/// One source, every language of <c>i18n/</c>: every translated notebook is its English notebook with each paragraph
/// replaced from its catalog — nothing missing, nothing stale, code untouched — and the committed translation is what
/// the catalog gives.
/// </summary>
public class TranslationTests
{
    private static readonly string Notebooks = Path.Combine(Fixtures.RepositoryRoot, "notebooks");

    /// <summary>Each English notebook with each language it has a catalog in.</summary>
    public static TheoryData<string, string> Translated
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string dib in Directory.GetFiles(Notebooks, "*.dib").Where(d => !NotebookTranslation.IsTranslation(d)).Order())
                foreach (string language in NotebookTranslation.Translations(dib).Where(l => File.Exists(NotebookTranslation.CatalogPath(dib, l))))
                    data.Add(Path.GetFileName(dib), language);
            return data;
        }
    }

    private static (DibDocument English, PoCatalog Catalog) Load(string name, string language)
    {
        string dib = Path.Combine(Notebooks, name);
        return (DibDocument.Parse(File.ReadAllText(dib), name), PoCatalog.Parse(File.ReadAllText(NotebookTranslation.CatalogPath(dib, language)), name));
    }

    [Fact]
    public void Every_English_notebook_has_a_catalog_in_every_language_of_the_collection()
    {
        var english = Directory.GetFiles(Notebooks, "*.dib").Where(d => !NotebookTranslation.IsTranslation(d)).ToList();
        var languages = NotebookTranslation.Translations(english[0]);
        Assert.Contains("es", languages);                                                       // the collection is bilingual
        // The catalogs' languages are the library's (its Strings.xx.resx): pages and the library speak the same ones.
        Assert.Equal(SmeNotebooks.Localization.Languages.All.Skip(1).Select(c => c.Name), languages);
        var without = english.SelectMany(d => languages.Where(l => !File.Exists(NotebookTranslation.CatalogPath(d, l))).Select(l => $"{Path.GetFileName(d)} ({l})")).ToList();
        Assert.True(without.Count == 0, "no catalog (run the runner's 'catalog' command on it, translate, then 'translate'): " + string.Join(", ", without));
    }

    [Fact]
    public void No_code_message_is_translated_two_ways_so_a_kernel_that_cannot_tell_its_notebook_reads_them_all()
    {
        foreach (string language in NotebookTranslation.Translations(Directory.GetFiles(Notebooks, "*.dib")[0]))
        {
            string folder = Path.Combine(Fixtures.RepositoryRoot, "i18n", language, "messages");
            var conflicts = Directory.GetFiles(folder, "*.po")
                .SelectMany(f => PoCatalog.Parse(File.ReadAllText(f), f).Entries.Where(e => e.IsFinal).Select(e => (File: Path.GetFileName(f), e.English, e.Translation)))
                .GroupBy(e => e.English).Where(g => g.Select(e => e.Translation).Distinct().Count() > 1)
                .Select(g => $"{g.Key}: " + string.Join(" | ", g.Select(e => $"{e.File} → {e.Translation}"))).ToList();
            Assert.True(conflicts.Count == 0, $"{language}: messages translated differently by two notebooks' catalogs:\n" + string.Join("\n", conflicts));
        }
    }

    [Fact]
    public void Each_notebook_runs_with_its_own_catalog_of_messages()
    {
        string root = Directory.CreateTempSubdirectory("sme-catalogs-").FullName;
        string messages = Path.Combine(root, "i18n", "es", "messages");
        Directory.CreateDirectory(messages);
        File.WriteAllText(Path.Combine(messages, "01-first.po"), "msgid \"Good morning\"\nmsgstr \"Buenos días\"\n");
        File.WriteAllText(Path.Combine(messages, "02-second.po"), "msgid \"Good morning\"\nmsgstr \"Buen día\"\n\nmsgid \"Only here\"\nmsgstr \"Solo aquí\"\n");
        string notebooks = Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName;
        Assert.Equal("Buenos días", MessageCatalog.For("es", notebooks, "01-first")!("Good morning"));
        Assert.Equal("Buen día", MessageCatalog.For("es", notebooks, "02-second")!("Good morning"));
        Assert.Null(MessageCatalog.For("es", notebooks, "01-first")!("Only here"));
        Assert.Equal("Solo aquí", MessageCatalog.For("es", notebooks, null)!("Only here"));
        Assert.Null(MessageCatalog.For("en", notebooks, "01-first"));
        Directory.Delete(root, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void Every_paragraph_is_translated_and_no_translation_is_stale(string name, string language)
    {
        var (english, catalog) = Load(name, language);
        var missing = NotebookTranslation.Missing(NotebookTranslation.Units(english, name), catalog);
        Assert.True(missing.Count == 0, "untranslated (run the runner's 'catalog' command, then translate):\n" + string.Join("\n", missing.Select(m => $"{m.Reference}: {m.Block}")));
        var stale = NotebookTranslation.Stale(NotebookTranslation.Units(english, name), catalog);
        Assert.True(stale.Count == 0, "stale (the English changed after translation):\n" + string.Join("\n", stale.Select(e => $"{e.Reference}: {e.English}")));
    }

    [Theory]
    [MemberData(nameof(Translated))]
    public void Every_code_message_is_translated_with_its_holes_and_none_is_stale(string name, string language)
    {
        // The sentences the notebook's code prints (Check claims, captions, console lines) live in
        // i18n/<lang>/messages/<notebook>.po; the engine compiles them in the reader's language when it runs a translation.
        string dib = Path.Combine(Notebooks, name), path = NotebookTranslation.MessagesPath(dib, language);
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
    public void The_committed_translation_is_the_catalog_applied_with_the_same_code(string name, string language)
    {
        var (english, catalog) = Load(name, language);
        string path = NotebookTranslation.TranslatedPath(Path.Combine(Notebooks, name), language);
        string committed = File.ReadAllText(path);
        Assert.True(committed == NotebookTranslation.Translate(english, name, catalog), $"{Path.GetFileName(path)} is out of date: run the runner's 'translate' command.");
        var spanish = DibDocument.Parse(committed, Path.GetFileName(path));
        // The same code, cell by cell: only the comments are in the notebook's language.
        Assert.Equal(english.Cells.Select(c => (c.Language, c.Language == CellLanguage.Markdown ? "" : WithoutComments(c.Content))),
            spanish.Cells.Select(c => (c.Language, c.Language == CellLanguage.Markdown ? "" : WithoutComments(c.Content))));
        Assert.Equal(english.Cells.Select(c => SolutionCells.IsSolution(c.Language, c.Content)), spanish.Cells.Select(c => SolutionCells.IsSolution(c.Language, c.Content)));
    }

    /// <summary><paramref name="code"/> with every comment emptied (its lines kept).</summary>
    private static string WithoutComments(string code) => CodeComments.Translate(code, comment => string.Join('\n', comment.Split('\n').Select(_ => "")));

    [Theory]
    [MemberData(nameof(Translated))]
    public void No_paragraph_of_a_translated_notebook_is_left_in_English(string name, string language)
    {
        string path = NotebookTranslation.TranslatedPath(Path.Combine(Notebooks, name), language);
        var spanish = DibDocument.Parse(File.ReadAllText(path), Path.GetFileName(path));
        foreach (var (block, reference) in NotebookTranslation.Units(spanish, Path.GetFileName(path)))
        {
            // Code, formulas, link targets, italics (English terms a glossary quotes, titles of English works) and
            // bibliography entries (a list item with a year in parentheses) are not prose.
            string prose = Regex.Replace(block, @"^- .*\((?:19|20)\d\d\).*$", " ", RegexOptions.Multiline);
            prose = Regex.Replace(prose, @"`[^`]*`|\$[^$]*\$|\]\([^)]*\)|(?<!\*)\*[^*]+\*(?!\*)", " ");
            var english = Regex.Matches(prose.ToLowerInvariant(), @"\b[a-z]+\b").Select(m => m.Value).Where(EnglishText.FunctionWords.Contains).ToList();   // three in one paragraph: left in English
            Assert.True(english.Count < 3, $"{reference} reads as English ({string.Join(", ", english)}): {Excerpt.Of(block)}");
        }
    }

    [Fact]
    public void A_changed_English_paragraph_is_reported_missing_and_its_old_translation_stale()
    {
        var english = DibDocument.Parse("#!markdown\n\n# Title\n\nFirst paragraph.\n\nSecond paragraph.\n", "demo.dib");
        var catalog = NotebookTranslation.Update([.. NotebookTranslation.Units(english, "demo.dib")], null, "es");
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
