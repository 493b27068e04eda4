namespace SmeNotebooks.Runner.Rendering;

/// <summary>A link from a page to the same page in another language.</summary>
/// <param name="Language">The other page's language code, for <c>hreflang</c>.</param>
/// <param name="Name">That language's own name ("English", "Español"), the link's label.</param>
/// <param name="Href">The other page, relative to this one.</param>
public sealed record LanguageLink(string Language, string Name, string Href);
