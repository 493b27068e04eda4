using System.Globalization;

namespace SmeNotebooks.Localization;

/// <summary>
/// Fills a pattern from a resource — the library's (<see cref="Strings"/>), a study's or the engine's words in the
/// reader's language, chosen by <see cref="CultureInfo.CurrentUICulture"/> — with numbers written in the invariant culture (a decimal point, as in
/// Mexico and in the papers), whatever the machine's <see cref="CultureInfo.CurrentCulture"/> says.
/// </summary>
public static class Localized
{
    /// <summary><c>string.Format(InvariantCulture, pattern, args)</c>: positional holes {0}, {1}, … as .NET numbers them.</summary>
    public static string Format(string pattern, params object?[] args) => string.Format(CultureInfo.InvariantCulture, pattern, args);
}
