using System.Globalization;

namespace SmeNotebooks.Localization;

/// <summary>The languages the collection is written in: English (the neutral resources) and Spanish (<c>Strings.es.resx</c>).</summary>
public static class Languages
{
    /// <summary>English, then Spanish — the cultures whose <see cref="Strings"/> the library carries.</summary>
    public static IReadOnlyList<CultureInfo> All { get; } = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("es")];

    /// <summary>The resource <paramref name="key"/> of <paramref name="resources"/> in every language, without repeats (e.g. "Brazil", "Brasil"); empty when there is no such key.</summary>
    public static IReadOnlyList<string> InEvery(System.Resources.ResourceManager resources, string key) =>
        All.Select(c => resources.GetString(key, c)).OfType<string>().Distinct().ToArray();
}
