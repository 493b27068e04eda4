using System.Globalization;
using Microsoft.Data.Analysis;
using SmeNotebooks.Data;
using SmeNotebooks.Studies.KnowledgeIntensive;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Studies.KnowledgeIntensive;

/// <summary>
/// The knowledge-intensive paper's text repeats eleven numbers of its tables (§5: 74, 23.6, 48.5, 2.5, 4.9, 12.6,
/// 58.3, 77.1, 63.3, 27.4, 1.8). Each is kept with its sentence in stated-facts.csv and compared here with the table
/// cell it repeats, read from data/: the table's value rounded to the text's printed decimals must be the text's
/// value — so a wrong cell in either file fails (two independent transcriptions of the same printed number).
/// </summary>
public class KnowledgeIntensiveTextTests
{
    private static DataFrame Table(string file) => KnowledgeIntensiveData.Load(Fixtures.DataFolder, file);

    /// <summary>Each repeated number: its key in stated-facts.csv and the table cell it repeats.</summary>
    public static TheoryData<string, string, string> Repeated => new()
    {
        { "text_bachelor_percent", "table4-education-by-area.csv", "percent|qualification=Bachelor's degree / Engineering degree|area=Total" },
        { "text_master_phd_percent", "table4-education-by-area.csv", "percent|qualification=Master's / PhD|area=Total" },
        { "text_entrepreneur_age", "table5-entrepreneur-profile-by-area.csv", "value|measure=Age of entrepreneur (average years)|area=Total" },
        { "text_jobs_before", "table5-entrepreneur-profile-by-area.csv", "value|measure=Jobs before creating the company (average)|area=Total" },
        { "text_last_job_years", "table5-entrepreneur-profile-by-area.csv", "value|measure=Duration of last employment (average years)|area=Total" },
        { "text_government_funds_percent", "table7-ris-relations.csv", "percent|relation=In the last five years, the company had access to government program funds" },
        { "text_innovated_percent", "table8-innovation-by-area.csv", "percent|innovated=Yes|area=Total" },
        { "text_innovated_tijuana_percent", "table8-innovation-by-area.csv", "percent|innovated=Yes|area=Tijuana" },
        { "text_innovated_juarez_percent", "table8-innovation-by-area.csv", "percent|innovated=Yes|area=Juárez" },
        { "text_r2_percent", "table9-model-statistics.csv", "value|statistic=R2|×100" },
        { "text_durbin_watson", "table9-model-statistics.csv", "value|statistic=DW" },
    };

    [Theory]
    [MemberData(nameof(Repeated))]
    public void A_number_the_text_repeats_is_its_tables_number_at_the_texts_precision(string key, string file, string cell)
    {
        string[] parts = cell.Split('|');
        var table = Table(file);
        var match = parts.Skip(1).Where(p => p.Contains('=')).Select(p => (p[..p.IndexOf('=')], p[(p.IndexOf('=') + 1)..])).ToArray();
        double value = Lookup.Number(table, parts[0], match) * (parts.Contains("×100") ? 100 : 1);
        var (printed, decimals) = Printed(key);
        Assert.True(Fixtures.AsPrinted(value, decimals) == printed,
            $"{key}: the text prints {printed}, the table {value.ToString(CultureInfo.InvariantCulture)} ({file}, {cell})");
    }

    [Fact]
    public void Every_repeated_number_is_kept_with_its_sentence()
    {
        var facts = KnowledgeIntensiveData.Facts(Fixtures.DataFolder);
        foreach (var key in Repeated.Select(r => (string)r[0]))
            Assert.Contains(Printed(key).Text, facts[key].Quote);   // the stored value is the one the sentence prints
    }

    /// <summary>The text's value as stored (its printed digits) and its decimals, from stated-facts.csv's low column.</summary>
    private static (string Text, int Decimals) Printed(string key)
    {
        string path = Path.Combine(KnowledgeIntensiveStudy.About.DataFolder(Fixtures.DataFolder), "stated-facts.csv");
        int row = Array.IndexOf(CsvData.Texts(path, "key"), key);
        return (CsvData.Texts(path, "low")[row], CsvData.Decimals(path, "low")[row]);
    }
}
