using Microsoft.Data.Analysis;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;
using SmeNotebooks.Studies.Jalisco;
using SmeNotebooks.Studies.KnowledgeIntensive;
using SmeNotebooks.Studies.Sonora;
using SmeNotebooks.Studies.ValueChains;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Localization;

/// <summary>
/// Data from English sources are shown in the reader's language: every label a notebook shows from a data file has
/// an entry in its study's labels file (and so a translation, which <c>StringsTests</c> keeps current), and the
/// frames shown are copies, the data keeping the source's English.
/// </summary>
public class DataLabelsTests
{
    private static readonly string Data = Fixtures.DataFolder;

    /// <summary>Each study's labels, the file and the columns its notebook shows through them; numbers and empty cells are not labels.</summary>
    public static TheoryData<string, string, string> ShownColumns => new()
    {
        { "KnowledgeIntensive", "table1-scian-classes-by-region.csv", "description region" },
        { "KnowledgeIntensive", "table2-sample-by-activity-and-area.csv", "area activity" },
        { "KnowledgeIntensive", "table3-collaboration.csv", "partner frequency" },
        { "KnowledgeIntensive", "table4-education-by-area.csv", "area qualification" },
        { "KnowledgeIntensive", "table5-entrepreneur-profile-by-area.csv", "measure area" },
        { "KnowledgeIntensive", "table6-learning-actions.csv", "action frequency" },
        { "KnowledgeIntensive", "table7-ris-relations.csv", "relation" },
        { "KnowledgeIntensive", "items-synthetic.csv", "label unit" },
        { "Jalisco", "stated-facts.csv", "unit cited_source" },
        { "ValueChains", "fig1-raw.csv", "region group" },
        { "ValueChains", "table1-raw.csv", "indicator" },
        { "ValueChains", "corrections.csv", "row status reason" },
        { "Sonora", "sampling-frame.csv", "activity" },
        { "Sonora", "firms-synthetic.csv", "activity_label size_label capinno_label" },
    };

    private static (DataLabels Labels, string Folder) Study(string name) => name switch
    {
        "KnowledgeIntensive" => (KnowledgeIntensiveData.Labels, KnowledgeIntensiveStudy.About.DataFolder(Data)),
        "Jalisco" => (JaliscoData.Labels, JaliscoStudy.About.DataFolder(Data)),
        "ValueChains" => (GvcData.Labels, ValueChainsStudy.About.DataFolder(Data)),
        _ => (SonoraLabels.Labels, SonoraStudy.About.DataFolder(Data)),
    };

    [Theory]
    [MemberData(nameof(ShownColumns))]
    public void Every_label_a_notebook_shows_has_an_entry_in_its_studys_resources(string study, string file, string columns)
    {
        var (labels, folder) = Study(study);
        var table = CsvData.Load(Path.Combine(folder, file));
        var missing = columns.Split(' ').SelectMany(c => Enumerable.Range(0, (int)table.Rows.Count).Select(r => Lookup.Text(table, c, r)))
            .Where(v => v.Length > 0 && !double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out _) && !labels.Knows(v)).Distinct().ToArray();
        Assert.True(missing.Length == 0, $"{study} {file}: labels missing from the study's labels file: {string.Join(" | ", missing)}");
    }

    [Fact]
    public void The_corrections_logs_corrected_values_and_notes_are_labelled_too()
    {
        // The corrected column holds numbers, place names, Table 1's market codes and one heading; the raw column's
        // only non-extracted value is the collection's note on the missing heading.
        var log = GvcData.Corrections(Data).ToDataFrame();
        var texts = new[] { "corrected", "raw" }.SelectMany(c => Enumerable.Range(0, (int)log.Rows.Count).Select(r => (Column: c, Value: Lookup.Text(log, c, r))))
            .Where(x => x.Column == "corrected" ? !double.TryParse(x.Value, System.Globalization.CultureInfo.InvariantCulture, out _) : x.Value.StartsWith('('));
        Assert.All(texts, x => Assert.True(GvcData.Labels.Knows(x.Value) || x.Value == SmeNotebooks.Localization.Strings.Corrections_Missing, $"{x.Column}: {x.Value}"));
    }

    [Fact]
    public void A_frame_shown_in_spanish_is_a_copy_with_its_labels_translated()
    {
        var table7 = KnowledgeIntensiveData.Load(Data, "table7-ris-relations.csv");
        var shown = TestCulture.InLanguage("es", () => KnowledgeIntensiveData.Labels.ForReader(table7, "relation"));
        // Knowledge-intensive paper, Table 7, row 5: "The company is affiliated with a chamber of commerce" (26.8%).
        int row = Lookup.Single(table7, ("relation", "The company is affiliated with a chamber of commerce"));
        Assert.Equal("La empresa está afiliada a una cámara de comercio", Lookup.Text(shown, "relation", row));
        Assert.Equal(Lookup.Number(table7, "percent", row), Lookup.Number(shown, "percent", row));
        Assert.Equal("The company is affiliated with a chamber of commerce", Lookup.Text(table7, "relation", row));   // the data keep the source's English
        Assert.Equal(table7.Columns.Select(c => c.Name), shown.Columns.Select(c => c.Name));
        Assert.Equal("The company is affiliated with a chamber of commerce", Lookup.Text(KnowledgeIntensiveData.Labels.ForReader(table7, "relation"), "relation", row));   // English reads it as given
        Assert.Equal("TI", TestCulture.InLanguage("es", () => SonoraLabels.Activities[1]));
        Assert.Equal("pequeña", TestCulture.InLanguage("es", () => SonoraLabels.Sizes[1]));
        Assert.Equal("IT", SonoraLabels.Activities[1]);
    }

    [Fact]
    public void A_column_that_is_missing_or_not_text_is_named()
    {
        var table7 = KnowledgeIntensiveData.Load(Data, "table7-ris-relations.csv");
        Assert.Contains("relations", Assert.Throws<ArgumentException>(() => KnowledgeIntensiveData.Labels.ForReader(table7, "relations")).Message);
        Assert.Contains("The column percent holds", Assert.Throws<ArgumentException>(() => KnowledgeIntensiveData.Labels.ForReader(table7, "percent")).Message);
    }

    [Fact]
    public void A_spanish_papers_table_shows_a_spanish_reader_the_original_only_and_an_english_reader_both()
    {
        var cases = JaliscoData.Load(Data, "table1-cases.csv");
        var spanish = TestCulture.InLanguage("es", () => Translated.OriginalAndReader(cases, "es"));
        Assert.Contains("activity_es", spanish.Columns.Select(c => c.Name));
        Assert.DoesNotContain(spanish.Columns, c => c.Name.EndsWith("_en", StringComparison.Ordinal));
        Assert.Equal(cases.Columns.Select(c => c.Name), Translated.OriginalAndReader(cases, "es").Columns.Select(c => c.Name));
        var swot = JaliscoData.Load(Data, "table2-swot.csv");
        var quadrant = Translated.Read(swot, "quadrant", 0)!;
        Assert.Equal(["Fortalezas"], TestCulture.InLanguage("es", () => quadrant.Shown("es")));
        Assert.Equal(["Fortalezas", "Strengths"], quadrant.Shown("es"));
        Assert.Equal("Fortalezas\n(Strengths)", quadrant.Glossed("es"));
        Assert.Equal(["original"], TestCulture.InLanguage("es", () => Translated.Headings("es", "original", "English")));
    }
}
