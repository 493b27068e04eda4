using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Coverage;

/// <summary>
/// Every number the four papers print, as stored in data/, is accounted for (issue 25): recomputed from data, tied by
/// an identity to other printed numbers, proven inconsistent, or not checkable for a stated reason — each statement
/// checked here, so a wrong number in a data file fails with its paper, table, row and column named.
/// </summary>
public class CoverageTests
{
    private static readonly string Data = Fixtures.DataFolder;
    private static readonly CoverageLedger Ledger = CoverageReport.Build(Data);

    [Fact]
    public void Every_statement_about_a_printed_number_holds()
    {
        Assert.True(Ledger.Failures.Count == 0, string.Join("\n", Ledger.Failures));
    }

    [Fact]
    public void Every_printed_number_is_in_one_of_the_four_states()
    {
        var loose = Ledger.Numbers.Where(n => Ledger.HoldingOf(n) is null).ToList();
        Assert.True(loose.Count == 0, "Nothing holds:\n" + string.Join("\n", loose));
        Assert.True(Ledger.Numbers.Count > 400, $"only {Ledger.Numbers.Count} printed numbers found");
    }

    [Fact]
    public void At_least_85_percent_of_the_papers_own_numbers_are_recomputed_or_tied_by_an_identity()
    {
        // A number a paper quotes from another source (INEGI, ECLAC, the IDB …) can be checked only against that source,
        // which is not in data/; the target counts the numbers the papers themselves produce.
        var own = Ledger.Numbers.Where(n => !n.Cited).ToList();
        int held = own.Count(n => Ledger.HoldingOf(n)?.State is HoldingState.Recomputed or HoldingState.Identity);
        Assert.True(held >= 0.85 * own.Count, $"{held} of {own.Count} ({100.0 * held / own.Count:F1}%) recomputed or tied by an identity");
    }

    [Theory]
    [InlineData("README.md", @"every number the four papers print \((\d+)\)", @"(\d+)% of the papers' own numbers")]
    [InlineData("README.es.md", @"cada número que imprimen los cuatro artículos \((\d+)\)", @"(\d+)% de los\s+números propios")]
    public void The_readmes_state_the_reports_count_and_share(string readme, string count, string share)
    {
        string text = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, readme));
        var own = Ledger.Numbers.Where(n => !n.Cited).ToList();
        double held = 100.0 * own.Count(n => Ledger.HoldingOf(n)?.State is HoldingState.Recomputed or HoldingState.Identity) / own.Count;
        Assert.Equal(Ledger.Numbers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Text.RegularExpressions.Regex.Match(text, count).Groups[1].Value);
        Assert.Equal(Math.Floor(held).ToString(System.Globalization.CultureInfo.InvariantCulture), System.Text.RegularExpressions.Regex.Match(text, share).Groups[1].Value);
    }

    [Fact]
    public void The_committed_report_is_the_ledger()
    {
        string path = Path.Combine(Data, CoverageReport.File);
        string report = CoverageReport.ToCsv(Ledger);
        if (Environment.GetEnvironmentVariable("SMENOTEBOOKS_ACCEPT_COVERAGE") == "1") File.WriteAllText(path, report);
        Assert.True(File.Exists(path), $"{path} is missing: run the tests with SMENOTEBOOKS_ACCEPT_COVERAGE=1 to write it.");
        Assert.Equal(report, File.ReadAllText(path));
    }

    [Fact]
    public void Every_line_of_the_ledger_has_its_translations()
    {
        // The coverage page shows each line in the reader's language (CoverageLabels.resx, its translations kept
        // complete by StringsTests); a new or changed line needs its entry.
        var lines = new SmeNotebooks.Localization.DataLabels(new System.Resources.ResourceManager("SmeNotebooks.Runner.Rendering.CoverageLabels", typeof(SmeNotebooks.Runner.Rendering.CoveragePage).Assembly));
        var missing = Ledger.Numbers.Select(n => Ledger.HoldingOf(n)?.How).OfType<string>().Distinct().Where(how => !lines.Knows(how)).ToList();
        Assert.True(missing.Count == 0, "Not in lib/SmeNotebooks.Runner/Rendering/CoverageLabels.resx:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_data_file_with_printed_numbers_is_listed()
    {
        // The files of data/ that hold no printed result: synthetic firms, the value-chain chapter's cleaned files and
        // corrections log (derived from its raw files), the Jalisco paper's lists of texts (their numbers only count
        // items), and this report.
        string[] notPrinted =
        [
            "gvc-latam/fig1-participation.csv", "gvc-latam/table1-sme-export-indicators.csv", "gvc-latam/corrections.csv",
            "jalisco/action-plans.csv", "jalisco/pathway-evidence.csv", "jalisco/programme-pillars.csv", "jalisco/programme-stages.csv",
            "jalisco/table2-swot.csv", "jalisco/table3-qualitative.csv", CoverageReport.File,
        ];
        var listed = PrintedFiles.All.Select(f => f.Folder + "/" + f.File).ToHashSet();
        var files = Directory.GetFiles(Data, "*.csv", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(Data, p).Replace('\\', '/'))
            .Where(f => !f.Contains("-synthetic") && !notPrinted.Contains(f));
        Assert.All(files, f => Assert.True(listed.Contains(f), $"data/{f} is neither in PrintedFiles.All nor listed here as holding no printed number"));
    }
}
