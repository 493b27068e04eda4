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
    public void Comparison_highlights_values_outside_tolerance()
    {
        var comparison = new Comparison("Table 4", [new("B", 1.473, 1.4731, 0.0005), new("S.E.", 0.408, 0.410, 0.0005)], "seed 000, Table 4");
        Assert.False(comparison.AllAgree);
        var table = comparison.ToTable();
        Assert.Contains((1, 3), table.HighlightedCells);
        Assert.DoesNotContain((0, 3), table.HighlightedCells);
        Assert.Contains("sme-diff", table.ToHtml());
    }
}
