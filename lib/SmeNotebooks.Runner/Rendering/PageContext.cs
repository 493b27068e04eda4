namespace SmeNotebooks.Runner.Rendering;

/// <summary>
/// What a page knows about its place in the site: its edition, its neighbours in collection order, the data files
/// behind it (links relative to the page) and how to cite it.
/// </summary>
/// <param name="Edition">Full or student.</param>
/// <param name="Previous">The previous page (file name without extension, title), or null for the first.</param>
/// <param name="Next">The next page, or null for the last.</param>
/// <param name="DataLinks">Links to the CSV files the notebook read and their folders' READMEs, e.g. "data/sonora/README.md".</param>
/// <param name="StudyCitation">The paper the notebook replicates, as a reference line; null for a page that replicates none.</param>
/// <param name="Language">The page's language code ("en", "es", …), for <c>&lt;html lang&gt;</c>; the chrome's words
/// (<see cref="PageStrings"/>) are those of the current UI culture, set to it while the pages are written.</param>
/// <param name="OtherLanguages">The same page in each other language it was rendered in (links relative to this page); empty when there is none.</param>
/// <param name="Live">The site's <c>live/</c> folder relative to this page (<see cref="LiveSite"/>), or null for a page that is only read.</param>
/// <param name="PlotlyScript">Where the page finds plotly.js (a link relative to the page) when many pages share one
/// copy, e.g. a gradebook's students' runs; null inlines it in the page, which then stands alone.</param>
public sealed record PageContext(Edition Edition, (string Name, string Title)? Previous, (string Name, string Title)? Next,
    IReadOnlyList<string> DataLinks, string? StudyCitation, string Language, IReadOnlyList<LanguageLink> OtherLanguages, string? Live = null,
    string? PlotlyScript = null)
{
    /// <summary>A page on its own: full edition, English, no neighbours, no data list, nothing to cite.</summary>
    public static PageContext Standalone { get; } = new(Edition.Full, null, null, [], null, SmeNotebooks.Localization.Languages.Source, []);
}
