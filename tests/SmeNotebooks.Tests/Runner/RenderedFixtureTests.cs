using System.Text.Json;
using System.Text.RegularExpressions;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

/// <summary>Renders the "good" fixture notebook once and checks the page, the .ipynb and the index.</summary>
public sealed class RenderedFixture : RenderedSite
{
    public RenderedFixture() : base("good") =>
        Html = File.Exists(Path.Combine(Site, "outputs.html")) ? Read("outputs.html") : "";

    public string Html { get; }
}

public class RenderedFixtureTests(RenderedFixture fixture) : IClassFixture<RenderedFixture>
{
    private string Html => fixture.Html;

    [Fact]
    public void Render_succeeds_and_writes_page_notebook_and_index()
    {
        Assert.True(fixture.Result.ExitCode == 0, fixture.Result.Output + fixture.Result.Errors);
        Assert.Contains("outputs.dib: 9 cells", fixture.Result.Output);
        Assert.True(File.Exists(Path.Combine(fixture.Site, "outputs.ipynb")));
        string index = File.ReadAllText(Path.Combine(fixture.Site, "index.html"));
        Assert.Contains("Runner fixture: outputs", index);
        Assert.Contains("Exercises state, console output", index);
    }

    [Fact]
    public void State_carries_across_cells_and_outputs_keep_their_order()
    {
        int counter = Html.IndexOf("<div class=\"output stdout\"><pre>counter is 42", StringComparison.Ordinal);
        int display = Html.IndexOf("<div class=\"output display\"><pre>first display</pre>", StringComparison.Ordinal);
        int after = Html.IndexOf("<div class=\"output stdout\"><pre>after display", StringComparison.Ordinal);
        Assert.True(counter > 0 && display > counter && after > display, "console, display, console must appear in order");
        Assert.Contains("Wall time:", Html);
    }

    [Fact]
    public void Trailing_expression_is_shown_and_a_statement_is_not()
    {
        Assert.Contains("|0.2|good", Html);                 // invariant culture, working directory = notebook folder
        Assert.DoesNotContain(">84<", Html);                // `var statementOnly = counter * 2;` displays nothing
    }

    [Fact]
    public void Data_text_is_escaped_in_the_page()
    {
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", Html);
        Assert.DoesNotContain("<script>alert(1)</script>", Html);
        Assert.Contains("Acme &amp; Sons", Html);
        Assert.Contains("2 rows × 2 columns", Html);
    }

    [Fact]
    public void Chart_page_embeds_plotly_once_and_references_nothing_remote()
    {
        Assert.Matches("<div id=\"plot-[0-9a-f-]+\" class=\"sme-plot\"></div>", Html);
        Assert.Contains("fixture-line", Html);
        Assert.Single(Regex.Matches(Html, "<!-- plotly.js "));
        Assert.Contains("@license", Html);   // the licence notices shipped with plotly.js travel with the inlined copy
        // The one script loaded by address is the site's own live script, by a relative path (the live/ folder it shares).
        Assert.Equal(["live/live.js"], Regex.Matches(Html, "<script[^>]+src=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.DoesNotMatch("<link[^>]+href=", Html);
        // The inlined libraries carry addresses they would use only for features these pages never call (plotly.js:
        // the topojson files of geo maps; MathJax: extension packages, which the page's configuration removes).
        // Outside them nothing may load from a remote address.
        string page = InlinedLibraries().Replace(Html, "");
        Assert.DoesNotMatch("(src|href)\\s*=\\s*[\"']?(https?:)?//", page);
        Assert.DoesNotMatch("url\\(\\s*[\"']?(https?:)?//|@import", page);
        Assert.DoesNotContain("cdn.", page);
    }

    [Fact]
    public void Formulas_get_MathJax_inlined_once_configured_to_load_nothing()
    {
        Assert.Single(Regex.Matches(Html, "<!-- MathJax 3.2.2 "));
        Assert.Contains("class=\"math\"", Html);
        Assert.Contains("packages:{'[-]':['autoload','require']}", Html);
        Assert.Contains("enableMenu:false", Html);
    }

    private static Regex InlinedLibraries() => new("<!-- (plotly\\.js|MathJax) [^>]*-->\\s*(<!--.*?-->\\s*)?(<script>.*?</script>)+", RegexOptions.Singleline);

    [Fact]
    public void Other_kernels_are_shown_as_not_executed_and_directives_are_noted()
    {
        Assert.Contains("Not executed: the runner executes C# cells only; this is a #!fsharp cell.", Html);
        Assert.Contains("printfn", Html);
        Assert.Contains("satisfied by the collection&#39;s own offline chart display", Html);
        Assert.Contains("ignored: SmeNotebooks adds no package sources", Html);
    }

    [Fact]
    public void Ipynb_is_nbformat_4_with_the_collections_kernelspec_and_outputs()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Site, "outputs.ipynb")));
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.Equal("smenotebooks-csharp", root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        var outputs = root.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .SelectMany(c => c.GetProperty("outputs").EnumerateArray()).ToArray();
        Assert.Contains(outputs, o => o.GetProperty("output_type").GetString() == "stream");
        Assert.Contains(outputs, o => o.GetProperty("output_type").GetString() == "execute_result");
        Assert.Contains(outputs, o => o.GetProperty("output_type").GetString() == "display_data" && o.GetProperty("data").TryGetProperty("text/html", out _));
    }

    [RequiresChromiumFact]
    public void Headless_chromium_sees_plotly_draw_the_chart_offline()
    {
        var (dom, errors) = Chromium.DumpDom(Path.Combine(fixture.Site, "outputs.html"));
        Assert.True(dom.Contains("class=\"main-svg\""), $"plotly drew no SVG. Chromium said: {errors}");
        Assert.Contains("fixture-line", dom);
        Assert.Contains("<mjx-container", dom);   // MathJax typeset the formula
    }
}
