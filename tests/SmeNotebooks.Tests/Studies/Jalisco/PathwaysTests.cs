using SmeNotebooks.Studies.Jalisco;
using SmeNotebooks.Data;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Studies.Jalisco;

/// <summary>The Uppsala / Born Global placement of the Jalisco firms, and its rules on made-up firms.</summary>
public class PathwaysTests
{
    private static CaseFirm Firm(int founded, double share, bool? viaAgent = null, int? firstExport = null) =>
        new("X", new(new Dictionary<string, string> { ["en"] = "" }), founded, 10, share,
            share > 0 ? new(new Dictionary<string, string> { ["en"] = "Guatemala" }) : null, viaAgent, firstExport);

    [Fact]
    public void The_Jalisco_firms_three_excluded_two_undetermined()
    {
        var firms = JaliscoData.Firms(Fixtures.DataFolder);
        var verdicts = firms.Select(f => Pathways.Assess(f, JaliscoData.ProgrammeYear)).ToArray();
        Assert.Equal([BornGlobalVerdict.Excluded, BornGlobalVerdict.Undetermined, BornGlobalVerdict.Undetermined, BornGlobalVerdict.Excluded, BornGlobalVerdict.Excluded],
            verdicts.Select(v => v.BornGlobal));
        Assert.Equal([UppsalaStage.NoRegularExports, UppsalaStage.RegularExportsModeNotReported, UppsalaStage.IndependentRepresentative,
            UppsalaStage.NoRegularExports, UppsalaStage.NoRegularExports], verdicts.Select(v => v.Uppsala));
        Assert.Contains("2011", verdicts[2].BornGlobalReason);   // C, founded 2005: window closes 2005 + 6
    }

    [Theory]
    [InlineData(2015, 0.0, null, BornGlobalVerdict.StillPossible)]   // two years old, no exports yet
    [InlineData(2011, 0.0, null, BornGlobalVerdict.StillPossible)]   // six years old: the window's last year
    [InlineData(2010, 0.0, null, BornGlobalVerdict.Excluded)]        // seven years old, no exports
    [InlineData(2005, 40.0, 2008, BornGlobalVerdict.Consistent)]     // exported three years after founding
    [InlineData(2005, 40.0, 2012, BornGlobalVerdict.Excluded)]       // seven years after founding
    [InlineData(2005, 40.0, null, BornGlobalVerdict.Undetermined)]   // exports, start unknown
    public void Born_Global_window_is_two_to_six_years(int founded, double share, int? firstExport, BornGlobalVerdict expected) =>
        Assert.Equal(expected, Pathways.Assess(Firm(founded, share, firstExport: firstExport), 2017).BornGlobal);

    [Theory]
    [InlineData(2006, "within every deadline")]             // one year after founding
    [InlineData(2007, "within every deadline")]             // two years: the strictest deadline
    [InlineData(2009, "beyond the strictest (2 years)")]    // four years: only the wider definitions
    public void The_reason_says_which_deadlines_an_early_exporter_meets(int firstExport, string expected) =>
        Assert.Contains(expected, Pathways.Assess(Firm(2005, 40.0, firstExport: firstExport), 2017).BornGlobalReason);

    [Fact]
    public void A_firm_founded_after_the_observation_year_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Pathways.Assess(Firm(2019, 0), 2017));
        Assert.Contains("2019", error.Message);
    }

    [Fact]
    public void Every_stage_has_a_label() =>
        Assert.All(Enum.GetValues<UppsalaStage>(), s => Assert.False(string.IsNullOrEmpty(Pathways.Describe(s))));

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => InterventionPeriod.Parse("2017-12", "2017-05"));
}
