using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.ValueChains;

/// <summary>
/// The regions and countries of the value-chain chapter as the reader names them. The data keep the chapter's English
/// names (they are the keys every lookup uses); charts, tables and exercises show and accept them in the reader's
/// language (<see cref="GvcData.Labels"/>).
/// </summary>
public static class PlaceNames
{
    /// <summary><paramref name="name"/> (the chapter's English) in the reader's language; unchanged when the collection has no translation of it.</summary>
    public static string Display(string name) => GvcData.Labels.ForReader(name);

    /// <summary><paramref name="name"/> in every language of the collection ("Brazil", "Brasil").</summary>
    public static IReadOnlyList<string> InEveryLanguage(string name) => Languages.InEvery(GvcData.Labels.Resources, name);
}
