using System.Text.RegularExpressions;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

/// <summary>Renders the exercise fixture in both editions once.</summary>
public sealed class EditionFixture() : RenderedSite("solutions");

/// <summary>
/// Solutions a teacher controls: the full edition folds model solutions behind "Show solution"; the student edition
/// leaves them out — text, code and the values they print — while the exercise and its check stay.
/// </summary>
public class EditionTests(EditionFixture fixture) : IClassFixture<EditionFixture>
{
    // What only the solution cells contain: their prose, their code, and the value their code prints (42.25).
    private static readonly string[] SolutionContent = ["SOLUTION-PROSE-MARKER", "SOLUTION-CODE-MARKER", "worked answer 42.25", "Show solution"];

    [Fact]
    public void An_unanswered_exercise_renders_without_failing_and_says_so()
    {
        Assert.True(fixture.Result.ExitCode == 0, fixture.Result.Output + fixture.Result.Errors);
        Assert.Contains("not answered yet", fixture.Read("exercise.html"));
        Assert.Contains("not answered yet", fixture.Read("student", "exercise.html"));
    }

    [Fact]
    public void The_full_edition_folds_each_solution_behind_show_solution()
    {
        string page = fixture.Read("exercise.html");
        Assert.Equal(2, page.Split("<details class=\"solution\"><summary>Show solution</summary>").Length - 1);
        int folded = page.IndexOf("<details class=\"solution\">", StringComparison.Ordinal);
        Assert.True(folded >= 0 && page.IndexOf("SOLUTION-PROSE-MARKER", StringComparison.Ordinal) > folded);
        Assert.Contains("worked answer 42.25", page);
        Assert.Contains("SOLUTION-CODE-MARKER", fixture.Read("exercise.ipynb"));
    }

    [Fact]
    public void The_student_edition_has_no_solution_text_code_or_value()
    {
        foreach (string file in new[] { "exercise.html", "exercise.ipynb", "index.html" })
        {
            string content = fixture.Read("student", file);
            foreach (string marker in SolutionContent) Assert.DoesNotContain(marker, content);
        }
        Assert.Contains("What is six times seven?", fixture.Read("student", "exercise.html"));
        Assert.Contains("The end of the exercises.", fixture.Read("student", "exercise.html"));
    }
}

/// <summary>A site a class can move around in: contents, previous and next, the data behind a page, cards, print.</summary>
public class SiteTests(EditionFixture fixture) : IClassFixture<EditionFixture>
{
    private static readonly string[] Editions = ["", "student"];

    private static IEnumerable<string> Links(string html, string pattern) => Regex.Matches(html, pattern).Select(m => m.Groups[1].Value);

    private static string Block(string html, string start, string end) => Regex.Match(html, Regex.Escape(start) + ".*?" + Regex.Escape(end), RegexOptions.Singleline).Value;

    [Fact]
    public void Every_contents_entry_links_to_a_heading_of_its_page()
    {
        foreach (string edition in Editions)
            foreach (string page in new[] { "exercise.html", "reading.html" })
            {
                string html = fixture.Read(edition, page);
                var targets = Links(Block(html, "<nav class=\"toc\"", "</nav>"), "href=\"#([^\"]+)\"").ToList();
                Assert.NotEmpty(targets);
                foreach (string id in targets) Assert.Contains($"id=\"{id}\"", html);
            }
        Assert.Contains("href=\"#reading-a-table\"", fixture.Read("reading.html"));
    }

    [Fact]
    public void Previous_and_next_follow_collection_order_and_resolve()
    {
        Assert.Contains("rel=\"next\" href=\"reading.html\"", fixture.Read("exercise.html"));
        Assert.Contains("rel=\"prev\" href=\"exercise.html\"", fixture.Read("reading.html"));
        Assert.DoesNotContain("rel=\"prev\"", fixture.Read("exercise.html"));
        foreach (string edition in Editions)
            foreach (string page in new[] { "exercise.html", "reading.html" })
                foreach (string link in Links(fixture.Read(edition, page), "rel=\"(?:prev|next)\" href=\"([^\"]+)\""))
                    Assert.True(File.Exists(Path.Combine(fixture.Site, edition, link)), $"{edition}/{page} links {link}");
    }

    [Fact]
    public void The_data_behind_a_page_is_listed_and_copied_into_the_site()
    {
        foreach (string edition in Editions)
        {
            var data = Links(Block(fixture.Read(edition, "reading.html"), "<aside class=\"data\">", "</aside>"), "href=\"([^\"]+)\"").ToList();
            Assert.Equal(["data/demo/README.md", "data/demo/firms.csv"], data);
            foreach (string link in data) Assert.True(File.Exists(Path.Combine(fixture.Site, edition, link)), $"{edition}: {link} is not in the site");
        }
        Assert.DoesNotContain("<aside class=\"data\">", fixture.Read("exercise.html"));   // it reads nothing
    }

    [Fact]
    public void Every_page_says_how_to_cite_it()
    {
        Assert.Contains("<aside class=\"cite\"><h3>How to cite</h3>", fixture.Read("reading.html"));
        Assert.Contains("“Runner fixture: a page with data behind it”, reading.dib", fixture.Read("reading.html"));
    }

    [Fact]
    public void The_index_has_a_card_per_notebook_whose_links_resolve()
    {
        foreach (string edition in Editions)
        {
            string index = fixture.Read(edition, "index.html");
            Assert.Equal(2, Regex.Matches(index, "<li class=\"card\">").Count);
            var links = Links(index, "href=\"([^\"#]+)\"").ToList();
            Assert.Contains(edition == "" ? "student/exercise.html" : "../exercise.html", links);
            Assert.Contains("reading.ipynb", links);
            foreach (string link in links) Assert.True(File.Exists(Path.Combine(fixture.Site, edition, link)), $"{edition}/index.html links {link}");
        }
    }

    [Fact]
    public void The_print_stylesheet_hides_code_navigation_and_solutions()
    {
        var print = Regex.Match(fixture.Read("exercise.html"), "@media print\\{(.*?)\\}\\s*(?:body|\\.output)").Groups[1].Value;
        foreach (string hidden in new[] { ".code details", "nav.toc", "nav.pager", "details.solution" }) Assert.Contains(hidden, print);
        Assert.Contains("display:none", print);
    }

    [RequiresChromiumFact]
    public void Headless_chromium_shows_a_folded_solution_that_opens_on_click()
    {
        // A copy of the page with a probe: it records whether the solution is open, clicks "Show solution", records again.
        string page = fixture.Read("exercise.html");
        string probe = Path.Combine(fixture.Site, "probe.html");
        File.WriteAllText(probe, page.Replace("</body>", """
            <script>
            const d = document.querySelector('details.solution');
            const before = d.open; d.querySelector('summary').click();
            document.body.setAttribute('data-probe', `before=${before};after=${d.open}`);
            </script></body>
            """));
        Assert.Contains("data-probe=\"before=false;after=true\"", Chromium.DumpDom(probe).Dom);
    }

    [Fact]
    public void Both_languages_number_their_cells_alike_so_the_switch_can_keep_the_section()
    {
        string spanish = fixture.Read("es", "reading.es.html"), english = fixture.Read("reading.html");
        string[] Ids(string page) => [.. Regex.Matches(page, "<section class=\"cell [a-z]+\" id=\"(cell-[0-9]+)\"").Select(m => m.Groups[1].Value)];
        Assert.NotEmpty(Ids(english));
        Assert.Equal(Ids(english), Ids(spanish));
        Assert.Contains("section.cell[id]", english);   // the switch's script, on pages that have a switch
        Assert.DoesNotContain("section.cell[id]", fixture.Read("exercise.html"));
    }

    [RequiresChromiumFact]
    public void Headless_chromium_switches_language_at_the_section_being_read()
    {
        // A copy of the English page, tall enough to scroll: it brings the last cell to the top, clicks the language
        // switch (a later listener stops the navigation) and records where the link now leads.
        string page = fixture.Read("reading.html");
        string last = Regex.Matches(page, "<section class=\"cell [a-z]+\" id=\"(cell-[0-9]+)\"").Last().Groups[1].Value;
        string probe = Path.Combine(fixture.Site, "probe-language.html");
        File.WriteAllText(probe, page.Replace("</body>", $$"""
            <div style="height:4000px"></div><script>
            document.getElementById('{{last}}').scrollIntoView();
            const a = document.querySelector('a.language');
            a.addEventListener('click', e => e.preventDefault());
            a.click();
            document.body.setAttribute('data-probe', a.getAttribute('href'));
            </script></body>
            """));
        Assert.Contains($"data-probe=\"es/reading.es.html#{last}\"", Chromium.DumpDom(probe).Dom);
    }

    [Fact]
    public void Render_lang_es_writes_only_the_Spanish_site_and_no_switch_to_a_page_it_did_not_write()
    {
        string site = RunnerProcess.TempFolder();
        var result = RunnerProcess.Run("render", RunnerProcess.Fixture("solutions"), "--out", site, "--lang", "es", "--edition", "full");
        Assert.True(result.ExitCode == 0, result.Output + result.Errors);
        Assert.True(File.Exists(Path.Combine(site, "es", "reading.es.html")));
        Assert.False(File.Exists(Path.Combine(site, "reading.html")));
        Assert.False(File.Exists(Path.Combine(site, "exercise.html")));
        Assert.DoesNotContain("hreflang", File.ReadAllText(Path.Combine(site, "es", "reading.es.html")));
    }

    [Fact]
    public void A_translated_page_has_its_chrome_in_its_language_and_a_switch_to_the_same_page()
    {
        string spanish = fixture.Read("es", "reading.es.html"), english = fixture.Read("reading.html");
        Assert.Contains("<html lang=\"es\">", spanish);
        foreach (string word in new[] { "Contenido", "Cómo citar", "Datos de esta página", "Todos los cuadernos" }) Assert.Contains(word, spanish);
        foreach (string word in new[] { ">Contents<", "How to cite", "Data behind this page", "All notebooks", " · run " }) Assert.DoesNotContain(word, spanish);
        string toEnglish = Regex.Match(spanish, "class=\"language\" hreflang=\"en\" href=\"([^\"]+)\"").Groups[1].Value;
        string toSpanish = Regex.Match(english, "class=\"language\" hreflang=\"es\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal("../reading.html", toEnglish);
        Assert.Equal("es/reading.es.html", toSpanish);
        Assert.True(File.Exists(Path.Combine(fixture.Site, "es", toEnglish)) && File.Exists(Path.Combine(fixture.Site, toSpanish)));
        string studentSwitch = Regex.Match(fixture.Read("student", "reading.html"), "hreflang=\"es\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.True(File.Exists(Path.Combine(fixture.Site, "student", studentSwitch)), $"student switch {studentSwitch}");
        Assert.DoesNotContain("hreflang", fixture.Read("exercise.html"));   // no translation, no switch
        // A link to a notebook without a translation leads to its English page, in the same edition.
        Assert.Contains("href=\"../exercise.html\"", spanish);
        Assert.Contains("href=\"../../student/exercise.html\"", fixture.Read("es", "student", "reading.es.html"));
    }
}
