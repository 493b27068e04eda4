using System.Globalization;
using System.Reflection;

namespace SmeNotebooks.Localization;

/// <summary>
/// The languages the collection is written in: English, the source (the neutral resources, the notebooks' own text),
/// and each translation the library carries a <c>Localization/Strings.xx.resx</c> for — found from those files at
/// build time (the project's <c>ListTranslations</c> target), listed nowhere in code.
/// </summary>
public static class Languages
{
    /// <summary>The language the collection is written in and every translation starts from: "en".</summary>
    public const string Source = "en";

    /// <summary>English, then each translation in the order of its code ("es", …).</summary>
    public static IReadOnlyList<CultureInfo> All { get; } =
        [CultureInfo.GetCultureInfo(Source), .. typeof(Languages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key == "Translation" && a.Value is not null).Select(a => a.Value!).Order(StringComparer.Ordinal).Select(CultureInfo.GetCultureInfo)];

    /// <summary>
    /// The reader's language code: the current UI culture's ("es" for es-MX), or <see cref="Source"/> under the
    /// invariant culture, whose words are the neutral resources' — English.
    /// </summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var code && code != CultureInfo.InvariantCulture.TwoLetterISOLanguageName ? code : Source;

    /// <summary>The resource <paramref name="key"/> of <paramref name="resources"/> in every language, without repeats (e.g. "Brazil", "Brasil"); empty when there is no such key.</summary>
    public static IReadOnlyList<string> InEvery(System.Resources.ResourceManager resources, string key) =>
        All.Select(c => resources.GetString(key, c)).OfType<string>().Distinct().ToArray();
}
