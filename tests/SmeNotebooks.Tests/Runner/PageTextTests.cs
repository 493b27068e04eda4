using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

/// <summary>The page text the rendered-text records hold: what changes from one render to the next is masked, nothing else.</summary>
public class PageTextTests
{
    [Fact]
    public void The_day_of_the_render_is_masked_in_how_to_cite_and_other_dates_are_kept()
    {
        // Records made on 2026-12-05 failed every render of 2026-12-06 while this date was kept.
        string html = "<p>Data of 2019-04-30.</p><aside class=\"cite\"><h3>How to cite</h3><p>This notebook: SmeNotebooks, “Start here”, 00-start-here.dib, rendered 2031-01-02.</p></aside>";
        Assert.Equal("Data of 2019-04-30.\nHow to cite\nThis notebook: SmeNotebooks, “Start here”, 00-start-here.dib, rendered (date of the run).\n", PageText.Of(html));
    }
}
