namespace SmeNotebooks.Engine.Translation;

/// <summary>One entry of a PO catalog.</summary>
/// <param name="English">The source text (msgid), exactly as the notebook has it.</param>
/// <param name="Translation">The translation (msgstr); empty while untranslated.</param>
/// <param name="Reference">Where the text is, e.g. "00-start-here.dib cell 2".</param>
public sealed record PoEntry(string English, string Translation, string Reference);
