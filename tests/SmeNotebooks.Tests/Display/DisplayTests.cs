using System.Globalization;
using Microsoft.DotNet.Interactive.Formatting;
using SmeNotebooks.Display;
using SmeNotebooks.Models;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Display;

public class DisplayTests
{
    private static readonly LogisticFit Fit = Fixtures.SyntheticSonoraFit;

    [Fact]
    public void Model_summary_footnote_states_the_tolerance_actually_used()
    {
        Assert.Contains("Newton decrement below 1E-10", SpssTables.ModelSummary(Fit).Footnote);
        double[][] rows = [[0], [1], [2], [3], [1], [2], [0], [3]];
        double[] y = [0, 0, 1, 1, 1, 0, 0, 1];
        var loose = LogisticRegression.Fit(rows, y, ["x"], new LogisticOptions(Tolerance: 1e-4));
        Assert.Equal(1e-4, loose.Tolerance);
        Assert.Contains("Newton decrement below 0.0001", SpssTables.ModelSummary(loose).Footnote);
    }

    [Fact]
    public void Variables_in_the_equation_has_SPSS_headings_and_the_constant_last()
    {
        var table = SpssTables.VariablesInTheEquation(Fit);
        Assert.Equal(["", "B", "S.E.", "Wald", "df", "Sig.", "Exp(B)", "95% C.I. for EXP(B) Lower", "Upper"], table.Headers);
        Assert.Equal("Constant", table.Rows[^1][0]);
        Assert.Equal(Fit["capinno"].Estimate.ToString("F3", CultureInfo.InvariantCulture), table.Rows[0][1]);
    }

    [Fact]
    public void Numbers_print_in_the_invariant_culture_on_a_Spanish_machine()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("es-MX");
            Assert.Equal("0.200", Number.Format(0.2));
            Assert.Contains("85.5", SpssTables.Classification(new ClassificationTable(0.5, 65, 11, 13, 27)).ToString());
        }
        finally { CultureInfo.CurrentCulture = saved; }
    }

    [Fact]
    public void Cell_text_is_HTML_escaped()
    {
        var table = new Table("<b>t</b>", ["a"], [["<script>alert(1)</script>"]]);
        Assert.DoesNotContain("<script>", table.ToHtml());
        Assert.Contains("&lt;script&gt;", table.ToHtml());
    }

    [Fact]
    public void Registered_formatters_render_results_as_SPSS_tables()
    {
        Formatters.Register();
        string html = Fit.ToDisplayString(HtmlFormatter.MimeType);
        Assert.Contains("Variables in the Equation", html);
        Assert.Contains("Classification Table", html);
        Assert.Contains("sme-table", html);
        string text = Fit.ToDisplayString(PlainTextFormatter.MimeType);
        Assert.Contains("Variables in the Equation", text);
    }

    [Fact]
    public void Every_SPSS_result_reads_as_its_table_in_plain_text_not_as_an_object_dump()
    {
        Formatters.Register();
        // What a console front end, a text/plain reader or a gradebook sees: the same table the page shows.
        string hosmer = Fit.HosmerLemeshow().ToDisplayString(PlainTextFormatter.MimeType);
        Assert.StartsWith("Hosmer and Lemeshow Test", hosmer);
        Assert.DoesNotContain("HosmerLemeshowTest {", hosmer);
        Assert.StartsWith("Classification Table", Fit.Classify().ToDisplayString(PlainTextFormatter.MimeType));
    }

    [Fact]
    public void Comparison_highlights_values_outside_tolerance()
    {
        var comparison = new Comparison("Table 4", [new PublishedValue(1.473, 3).Beside(1.4731, "Capinno", "B"), new PublishedValue(0.408, 3).Beside(0.410, "Capinno", "S.E.")], "Table 4");
        Assert.False(comparison.AllAgree);
        var table = comparison.ToTable();
        Assert.Contains((1, 3), table.HighlightedCells);
        Assert.DoesNotContain((0, 3), table.HighlightedCells);
        Assert.Contains("sme-diff", table.ToHtml());
    }

    [Fact]
    public void A_published_table_takes_each_tolerance_from_the_printed_digits_and_finds_rows_by_key()
    {
        string path = Path.Combine(Path.GetTempPath(), $"published-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "term,B,Sig\nX1,0.4325,0.0330\nConstant,-3.3074,0.0009\n");
        try
        {
            var table = PublishedTable.Load(path, "a paper, Table 10");
            var sig = table.Value("Sig", ("term", "X1"));
            Assert.Equal((0.033, 4), (sig.Value, sig.Decimals));     // "0.0330": the trailing zero is a printed digit
            Assert.Equal(0.00005, sig.HalfUnit, 1e-15);
            var comparison = new Comparison("Table 10", [sig.Beside(0.03304, "X1", "Sig."), table.Value("B", ("term", "Constant")).Beside(-3.3075, "Constant", "B")], table.Source);
            Assert.True(comparison["X1", "Sig."].Agrees);
            Assert.False(comparison["Constant", "B"].Agrees);       // 0.0001 off where the print allows 0.00005
            Assert.Equal([("Constant", "B")], comparison.Disagreements.Select(r => (r.Term, r.Quantity)));
            Assert.Contains("has no row 'X2'", Assert.Throws<KeyNotFoundException>(() => comparison["X2", "B"]).Message);
            Assert.ThrowsAny<Exception>(() => table.Value("B", ("term", "X2")));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_tolerance_other_than_the_printed_half_unit_carries_its_reason_into_the_table()
    {
        var row = new PublishedValue(0.20, 2).Beside(0.2071, "small IT firm", "P", 0.01, "the paper rounds its worked example twice");
        var table = new Comparison("Eq. 2", [row], "a paper, §4").ToTable();
        Assert.Contains("the paper rounds its worked example twice", table.Footnote);
        Assert.True(row.Agrees);
    }

    [Fact]
    public void A_printed_statistic_follows_from_printed_inputs_only_within_their_rounding()
    {
        // 0.397 / 0.129 = 3.0775, yet t = 3.072 follows: B in [0.3965, 0.3975] over S.E. in [0.1285, 0.1295] gives
        // 3.0618 to 3.0934, and t itself is known to ±0.0005. A t of 3.100 lies beyond every corner.
        PublishedValue b = new(0.397, 3), se = new(0.129, 3);
        static double T(double x, double y) => x / y;
        var (low, high) = PublishedValue.RangeWithinRounding(b, se, T);
        Assert.Equal(0.3965 / 0.1295, low, 12);
        Assert.Equal(0.3975 / 0.1285, high, 12);
        Assert.True(new PublishedValue(3.072, 3).FollowsFrom(b, se, T));
        Assert.False(new PublishedValue(3.100, 3).FollowsFrom(b, se, T));
        // The statistic's own half unit widens the range, and no more: 3.0934 + 0.0005 holds 3.093, not 3.094.
        Assert.True(new PublishedValue(3.093, 3).FollowsFrom(b, se, T));
        Assert.False(new PublishedValue(3.094, 3).FollowsFrom(b, se, T));
        // Each input's rounding comes from its own decimals: S.E. printed as 0.13 may be anything in [0.125, 0.135].
        Assert.True(new PublishedValue(3.17, 2).FollowsFrom(b, new PublishedValue(0.13, 2), T));
        Assert.False(new PublishedValue(3.17, 2).FollowsFrom(b, se, T));
    }
}
