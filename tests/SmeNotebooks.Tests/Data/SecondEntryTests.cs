using SmeNotebooks.Data;
using SmeNotebooks.Studies.KnowledgeIntensive;
using SmeNotebooks.Studies.Sonora;
using SmeNotebooks.Studies.ValueChains;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Data;

/// <summary>
/// Double data entry, as survey offices do it: the papers' printed tables were keyed twice — the CSV files, and each
/// study's <c>second-entry.txt</c>, keyed again in the printed layout — and the two must agree cell by cell, as text:
/// a slip in either file fails (the value-chain chapter's Japan 51% keyed 15%, Colombia's 71.1 keyed 17.1), and so
/// does a printed number stored without its trailing zeros (Table 11's S.E. 0.070 stored as 0.07), whose half-unit
/// tolerance would be ten times too loose.
/// </summary>
public class SecondEntryTests
{
    /// <summary>The second entry's rows of one section ("[Table 9]"), each split into its cells, in the study's data folder.</summary>
    private static List<string[]> Section(string folder, string name)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, "second-entry.txt")).Where(l => !l.StartsWith('#')).ToList();
        Assert.Contains(name, lines);
        return [.. lines.SkipWhile(l => l != name).Skip(1).TakeWhile(l => !l.StartsWith('[')).Where(l => l.Length > 0)
            .Select(l => l.Split(" | ").Select(c => c.Trim()).ToArray())];
    }

    /// <summary>The cells of <paramref name="columns"/> in row <paramref name="row"/> of a data file, as written.</summary>
    private static string Row(string path, int row, params string[] columns) => string.Join(" | ", columns.Select(c => CsvData.Texts(path, c)[row]));

    private static void AgreeRowByRow(List<string[]> second, string path, string[] columns, Func<string, string>? printed = null)
    {
        Assert.Equal(CsvData.Texts(path, columns[0]).Length, second.Count);
        for (int r = 0; r < second.Count; r++)
            Assert.Equal(string.Join(" | ", second[r].Select(printed ?? (c => c))), Row(path, r, columns));
    }

    [Fact]
    public void The_value_chain_chapters_Fig1_and_Table1_keyed_twice_agree()
    {
        string folder = ValueChainsStudy.About.DataFolder(Fixtures.DataFolder);
        AgreeRowByRow(Section(folder, "[Fig. 1]"), Path.Combine(folder, "fig1-raw.csv"), ["region_raw", "first_column_raw", "second_column_raw"]);
        var table1 = Section(folder, "[Table 1]");
        string[] countries = table1[0][1..];
        AgreeRowByRow(table1.Skip(1).ToList(), Path.Combine(folder, "table1-raw.csv"), ["indicator", .. countries]);
    }

    [Fact]
    public void The_Sonora_papers_Tables_2_and_4_keyed_twice_agree()
    {
        // The paper pastes Spanish SPSS output: "-,642" is -0.642, "13,030" is 13.030 (the files keep the printed digits).
        static string Spss(string cell) => cell.Replace(',', '.') switch
        {
            var c when c.StartsWith("-.", StringComparison.Ordinal) => "-0" + c[1..],
            var c when c.StartsWith('.') => "0" + c,
            var c => c,
        };
        string folder = SonoraStudy.About.DataFolder(Fixtures.DataFolder);
        AgreeRowByRow(Section(folder, "[Table 2]"), Path.Combine(folder, "table2-step0.csv"), ["term", "B", "SE", "Wald", "df", "Sig", "ExpB"], Spss);
        AgreeRowByRow(Section(folder, "[Table 4]"), Path.Combine(folder, "table4-variables-in-equation.csv"), ["term", "B", "SE", "Wald", "df", "Sig", "ExpB", "CI_lower", "CI_upper"], Spss);
    }

    [Fact]
    public void The_knowledge_intensive_papers_Tables_9_to_11_keyed_twice_agree()
    {
        string folder = KnowledgeIntensiveStudy.About.DataFolder(Fixtures.DataFolder);
        string Path9 = Path.Combine(folder, "table9-exponential-model.csv"), Path11 = Path.Combine(folder, "table11-adjusted-model.csv");
        var table9 = Section(folder, "[Table 9]");
        foreach (var (model, offset) in new[] { ("exponential", 0), ("park", 5) })
        {
            var coefficients = table9.Single(r => r[0] == model)[1..];
            var t = table9.Single(r => r[0] == model + " t")[1..];
            for (int term = 0; term < 5; term++)
                Assert.Equal($"{model} | {coefficients[term]} | {t[term]}", Row(Path9, offset + term, "model", "coefficient", "t"));
        }
        var statistics9 = Path.Combine(folder, "table9-model-statistics.csv");
        foreach (var statistic in table9.Where(r => r.Length == 2))
            Assert.Equal(statistic[1], CsvData.Texts(statistics9, "value")[Array.IndexOf(CsvData.Texts(statistics9, "statistic"), statistic[0])]);
        var table10 = Section(folder, "[Table 10]");
        AgreeRowByRow(table10, Path.Combine(folder, "table10-logistic-regression.csv"), ["term", "B", "SE", "Wald", "df", "Sig", "ExpB"]);
        var table11 = Section(folder, "[Table 11]");
        for (int term = 0; term < 2; term++)
            Assert.Equal(string.Join(" | ", new[] { "coefficient", "SE", "t" }.Select(row => table11.Single(r => r[0] == row)[1 + term])),
                Row(Path11, term, "coefficient", "SE", "t"));
        var statistics11 = Path.Combine(folder, "table11-model-statistics.csv");
        foreach (var statistic in table11.Where(r => r.Length == 2))
            Assert.Equal(statistic[1], CsvData.Texts(statistics11, "value")[Array.IndexOf(CsvData.Texts(statistics11, "statistic"), statistic[0])]);
    }

    [Fact]
    public void The_knowledge_intensive_papers_Tables_1_to_8_keyed_twice_agree()
    {
        // The printed layout (a row per category, a column per region or area or answer) against the tidy files (a row per
        // cell, in the same order), value by value as text. The second entry also keeps what the files leave out: Tables 3
        // and 6 end each row with their printed Total, 100; Table 8's Total row prints 100.0 for each area.
        string folder = KnowledgeIntensiveStudy.About.DataFolder(Fixtures.DataFolder);
        string[] Cells(string section, int skipRows = 0) => [.. Section(folder, section).Take(Section(folder, section).Count - skipRows).SelectMany(r => r[1..])];
        void Agree(string file, string column, string[] cells) =>
            Assert.Equal(string.Join(" | ", cells), string.Join(" | ", CsvData.Texts(Path.Combine(folder, file), column)));
        Agree("table1-scian-classes-by-region.csv", "firms", Cells("[Table 1]"));
        Agree("table2-sample-by-activity-and-area.csv", "firms", Cells("[Table 2]"));
        foreach (var (section, file) in new[] { ("[Table 3]", "table3-collaboration.csv"), ("[Table 6]", "table6-learning-actions.csv") })
        {
            var rows = Section(folder, section);
            Assert.All(rows, r => Assert.Equal("100", r[^1]));
            Agree(file, "percent", [.. rows.SelectMany(r => r[1..^1])]);
        }
        var table4 = Cells("[Table 4]").Select(c => c.Split(" (")).ToArray();
        Agree("table4-education-by-area.csv", "percent", [.. table4.Select(c => c[0])]);
        Agree("table4-education-by-area.csv", "firms_printed", [.. table4.Select(c => c.Length > 1 ? c[1].TrimEnd(')') : "")]);
        Agree("table5-entrepreneur-profile-by-area.csv", "value", Cells("[Table 5]"));
        Agree("table7-ris-relations.csv", "percent", Cells("[Table 7]"));
        Assert.All(Section(folder, "[Table 8]").Single(r => r[0] == "Total")[1..], c => Assert.Equal("100.0", c));
        Agree("table8-innovation-by-area.csv", "percent", Cells("[Table 8]", skipRows: 1));
    }
}
