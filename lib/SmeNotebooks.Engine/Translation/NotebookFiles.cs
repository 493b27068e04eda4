using SmeNotebooks.Localization;

namespace SmeNotebooks.Engine.Translation;

/// <summary>
/// What a notebook's file name says about its language: <c>name.dib</c> is English (the source), <c>name.xx.dib</c>
/// (or <c>.ipynb</c>, <c>.html</c>) its translation into the language with the two-letter code xx.
/// </summary>
public static class NotebookFiles
{
    /// <summary>The language of a notebook file: "xx" for <c>name.xx.dib</c> (or .ipynb, .html), "en" otherwise.</summary>
    public static string LanguageOf(string file) =>
        Path.GetFileNameWithoutExtension(file) is var name && name.Length > 3 && name[^3] == '.' && IsLanguageCode(name[^2..]) ? name[^2..] : Languages.Source;

    /// <summary>The English notebook's name for a file name of any language ("00-start-here.es.dib" → "00-start-here").</summary>
    public static string EnglishName(string file) =>
        LanguageOf(file) == Languages.Source ? Path.GetFileNameWithoutExtension(file) : Path.GetFileNameWithoutExtension(file)[..^3];

    /// <summary>True for a two-letter language code ("es").</summary>
    public static bool IsLanguageCode(string name) => name.Length == 2 && name.All(char.IsAsciiLetterLower);
}
