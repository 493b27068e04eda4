namespace SmeNotebooks.Engine.Translation;

/// <summary>One entry of a PO catalog.</summary>
/// <param name="English">The source text (msgid), exactly as the notebook has it.</param>
/// <param name="Translation">The translation (msgstr); empty while untranslated.</param>
/// <param name="Reference">Where the text is, e.g. "00-start-here.dib cell 2".</param>
public sealed record PoEntry(string English, string Translation, string Reference)
{
    /// <summary>
    /// Flagged <c>#, fuzzy</c>: a draft (a translator's guess, or a translation of an earlier English) that is kept in
    /// the catalog but never published.
    /// </summary>
    public bool Fuzzy { get; init; }

    /// <summary>The entry's context (<c>msgctxt</c>): the same English in two places that want two translations; null for none.</summary>
    public string? Context { get; init; }

    /// <summary>The English plural (<c>msgid_plural</c>) of a message that depends on a count; null for an ordinary message.</summary>
    public string? EnglishPlural { get; init; }

    /// <summary>The translated forms (<c>msgstr[0]</c>, <c>msgstr[1]</c>, …) of a plural message, in the order of the catalog's plural rule.</summary>
    public IReadOnlyList<string> PluralTranslations { get; init; } = [];

    /// <summary>Whether the entry may be published: translated and not fuzzy.</summary>
    public bool IsFinal => !Fuzzy && (EnglishPlural is null ? Translation.Length > 0 : PluralTranslations.Count > 0 && PluralTranslations.All(t => t.Length > 0));
}
