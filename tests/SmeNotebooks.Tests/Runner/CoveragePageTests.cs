using System.Net;
using System.Text.RegularExpressions;
using SmeNotebooks.Data;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

/// <summary>
/// The rendered site's "How much of each paper is reproduced" (coverage.html), in both languages: linked from each
/// index, its totals those of data/coverage.csv, and in Spanish every line of the ledger in Spanish.
/// </summary>
[Collection(BothEditionsFixture.Collection)]
public partial class CoveragePageTests(BothEditionsFixture fixture)
{
    private static readonly string Report = Path.Combine(Fixtures.DataFolder, "coverage.csv");

    [Theory]
    [InlineData("")]
    [InlineData("es")]
    public void Each_index_links_the_page_whose_totals_are_the_reports(string language)
    {
        Assert.True(fixture.Failure is null, fixture.Failure);
        string folder = Path.Combine(fixture.Site, language);
        Assert.Contains("<a href=\"coverage.html\">", File.ReadAllText(Path.Combine(folder, "index.html")));
        string page = File.ReadAllText(Path.Combine(folder, "coverage.html"));
        // The footer row: all numbers, then each state's count in the report's order of states, then the quoted ones.
        var states = CsvData.Texts(Report, "state");
        int[] expected = [states.Length, .. new[] { "recomputed", "identity", "inconsistent", "not checkable" }.Select(s => states.Count(x => x == s)),
            CsvData.Texts(Report, "quoted_from").Count(q => q.Length > 0)];
        var footer = Cell().Matches(FooterRow().Match(page).Value).Select(m => m.Groups[1].Value).Skip(1).Take(expected.Length).ToArray();
        Assert.Equal(expected.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), footer);
        Assert.True(File.Exists(Path.Combine(folder, "data", "coverage.csv")), "the page's link to its CSV");
    }

    [Fact]
    public void The_spanish_page_says_every_line_of_the_ledger_in_spanish()
    {
        Assert.True(fixture.Failure is null, fixture.Failure);
        string page = File.ReadAllText(Path.Combine(fixture.Site, "es", "coverage.html"));
        var english = CsvData.Texts(Report, "how").Distinct().Where(how => page.Contains(WebUtility.HtmlEncode(how), StringComparison.Ordinal)).ToList();
        Assert.True(english.Count == 0, "Ledger lines left in English (add them to CoverageLabels.resx and .es.resx):\n" + string.Join("\n", english));
        Assert.Contains(WebUtility.HtmlEncode("Cuánto de cada artículo se reproduce"), page);
    }

    [GeneratedRegex("<tfoot>.*?</tfoot>", RegexOptions.Singleline)]
    private static partial Regex FooterRow();

    [GeneratedRegex("<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
