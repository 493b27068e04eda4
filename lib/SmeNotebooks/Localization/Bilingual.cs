using System.Globalization;

namespace SmeNotebooks.Localization;

/// <summary>
/// Data that a paper prints in Spanish and the collection translates into English (tables with <c>_es</c> and
/// <c>_en</c> columns): the reader's language picks the version — the paper's own Spanish in the Spanish
/// edition, the translation in the English one.
/// </summary>
public static class Bilingual
{
    /// <summary>True when the reader's language (<see cref="CultureInfo.CurrentUICulture"/>) is Spanish.</summary>
    public static bool ReaderIsSpanish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es";

    /// <summary><paramref name="spanish"/> for a Spanish reader, <paramref name="english"/> for any other.</summary>
    public static string Pick(string spanish, string english) => ReaderIsSpanish ? spanish : english;

    /// <summary>The column of a bilingual pair for the reader: <c>name_es</c> or <c>name_en</c>.</summary>
    public static string Column(string name) => name + (ReaderIsSpanish ? "_es" : "_en");
}
