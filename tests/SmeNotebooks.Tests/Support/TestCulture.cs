using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmeNotebooks.Tests.Support;

/// <summary>
/// The tests read the library's words in English whatever the machine's locale (a teacher in Hermosillo runs them
/// under es_MX): every thread's UI culture is the invariant one, the library's English resources, unless a test sets
/// another on its own thread (<see cref="InLanguage"/>).
/// </summary>
internal static class TestCulture
{
    [ModuleInitializer]
    internal static void EnglishWords() => CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

    /// <summary>Runs <paramref name="action"/> with this thread's UI culture set to <paramref name="language"/>, then restores it.</summary>
    public static T InLanguage<T>(string language, Func<T> action)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try { return action(); }
        finally { CultureInfo.CurrentUICulture = saved; }
    }
}
