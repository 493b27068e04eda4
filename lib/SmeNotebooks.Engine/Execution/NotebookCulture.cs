using System.Globalization;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// The cultures a notebook runs under, in the runner and in the kernel alike: numbers always in the invariant culture
/// (a decimal point, whatever the machine's locale), the library's words (<c>SmeNotebooks.Localization.Strings</c>) in
/// the notebook's language — English for <c>name.dib</c>, Spanish for <c>name.es.dib</c> or the Spanish kernel.
/// </summary>
public static class NotebookCulture
{
    /// <summary>The UI culture for a language code: "en" is the invariant culture (the library's English resources); any other names its culture.</summary>
    public static CultureInfo For(string language) => language == Localization.Languages.Source ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);

    /// <summary>Sets the number culture to invariant and the UI culture to <paramref name="language"/>'s, for this thread and every thread started after.</summary>
    public static void Apply(string language)
    {
        var words = For(language);
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = words;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = words;
    }
}
