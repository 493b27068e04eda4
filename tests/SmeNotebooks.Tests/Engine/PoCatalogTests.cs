using SmeNotebooks.Engine.Translation;

namespace SmeNotebooks.Tests.Engine;

/// <summary>The PO reader honours what gettext's tools write: fuzzy drafts, contexts and plural forms (GNU gettext manual, "The Format of PO Files").</summary>
public class PoCatalogTests
{
    private const string Catalog = """
        msgid ""
        msgstr ""
        "Language: fr\n"
        "Plural-Forms: nplurals=2; plural=(n > 1);\n"

        #: 01.dib cell 3
        #, fuzzy, csharp-format
        msgid "A draft"
        msgstr "Un brouillon"

        #: 01.dib cell 4
        msgid "Final"
        msgstr "Définitif"

        msgctxt "table heading"
        msgid "size"
        msgstr "taille"

        msgctxt "file column"
        msgid "size"
        msgstr "size"

        msgid "{0} firm"
        msgid_plural "{0} firms"
        msgstr[0] "{0} entreprise"
        msgstr[1] "{0} entreprises"
        #~ msgid "Obsolete"
        #~ msgstr "Obsolète"
        """;

    [Fact]
    public void A_fuzzy_draft_is_kept_but_never_published()
    {
        var catalog = PoCatalog.Parse(Catalog, "fr.po");
        Assert.Null(catalog.Translate("A draft"));
        Assert.Equal("Définitif", catalog.Translate("Final"));
        Assert.True(catalog.Find("A draft")!.Fuzzy);
        var again = PoCatalog.Parse(catalog.Write(), "again.po");
        Assert.True(again.Find("A draft") is { Fuzzy: true, Translation: "Un brouillon", Reference: "01.dib cell 3" });
        Assert.Null(again.Translate("A draft"));
        Assert.Null(catalog.Translate("Obsolete"));
    }

    [Fact]
    public void The_same_English_in_two_contexts_has_two_translations()
    {
        var catalog = PoCatalog.Parse(Catalog, "fr.po");
        Assert.Equal("taille", catalog.Translate("size", "table heading"));
        Assert.Equal("size", catalog.Translate("size", "file column"));
        Assert.Null(catalog.Translate("size"));
        Assert.Equal("taille", PoCatalog.Parse(catalog.Write(), "again.po").Translate("size", "table heading"));
    }

    [Theory]
    [InlineData(0, "{0} entreprise")]   // French: 0 takes the singular (plural=(n > 1))
    [InlineData(1, "{0} entreprise")]
    [InlineData(2, "{0} entreprises")]
    public void A_plural_message_takes_the_form_the_header_rule_picks(long count, string expected)
    {
        var catalog = PoCatalog.Parse(Catalog, "fr.po");
        Assert.Equal(expected, catalog.TranslatePlural("{0} firm", count));
        Assert.Equal(expected, PoCatalog.Parse(catalog.Write(), "again.po").TranslatePlural("{0} firm", count));
    }

    [Fact]
    public void Spanish_counts_zero_as_plural_and_an_unknown_rule_is_named()
    {
        var spanish = PoCatalog.Parse("msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\nmsgid \"{0} firm\"\nmsgid_plural \"{0} firms\"\nmsgstr[0] \"{0} empresa\"\nmsgstr[1] \"{0} empresas\"\n", "es.po");
        Assert.Equal("{0} empresas", spanish.TranslatePlural("{0} firm", 0));
        Assert.Equal("{0} empresa", spanish.TranslatePlural("{0} firm", 1));
        var polish = PoCatalog.Parse("msgid \"\"\nmsgstr \"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2);\\n\"\n", "pl.po");
        Assert.Contains("n==1?0", Assert.Throws<FormatException>(() => polish.PluralIndex(5)).Message);
    }
}
