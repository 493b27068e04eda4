using Microsoft.Data.Analysis;
using SmeNotebooks.Localization;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Localization;

public class TranslatedTests
{
    private static DataFrame Pillars() => new(
        new StringDataFrameColumn("pillar", ["training", "certification"]),
        new StringDataFrameColumn("name_es", ["Capacitación", "Certificación"]),
        new StringDataFrameColumn("name_en", ["Training", "Certification"]),
        new StringDataFrameColumn("name_fr", ["Formation", "Certification"]));

    [Fact]
    public void Each_reader_gets_the_column_of_their_language_and_others_the_English_one()
    {
        var table = Pillars();
        Assert.Equal(["Training", "Certification"], Translated.ForReaderIn(table, "name"));
        Assert.Equal(["Capacitación", "Certificación"], TestCulture.InLanguage("es", () => Translated.ForReaderIn(table, "name")));
        Assert.Equal(["Formation", "Certification"], TestCulture.InLanguage("fr", () => Translated.ForReaderIn(table, "name")));
        Assert.Equal(["Training", "Certification"], TestCulture.InLanguage("de", () => Translated.ForReaderIn(table, "name")));
    }

    [Fact]
    public void A_cell_holds_every_language_the_table_carries_and_empty_cells_say_nothing()
    {
        var table = Pillars();
        var first = Translated.Read(table, "name", 0)!;
        Assert.Equal(["en", "es", "fr"], first.ByLanguage.Keys.Order());
        Assert.Equal("Capacitación", TestCulture.InLanguage("es", () => first.ForReader));
        var empty = new DataFrame(new StringDataFrameColumn("to_es", [""]), new StringDataFrameColumn("to_en", [""]));
        Assert.Null(Translated.Read(empty, "to", 0));
    }

    [Fact]
    public void A_table_without_the_English_column_is_refused_by_name()
    {
        var table = new DataFrame(new StringDataFrameColumn("name_es", ["Capacitación"]));
        var error = Assert.Throws<ArgumentException>(() => Translated.ForReaderIn(table, "name"));
        Assert.Contains("name_en", error.Message);
        Assert.Contains("name_es", error.Message);
    }
}
