using System.Text.RegularExpressions;

namespace SmeNotebooks.Tests.Support;

/// <summary>
/// What the tests that look for English left in a Spanish page or notebook read: English function words, which
/// Spanish does not use, and the parts of a rendered output's HTML they look into.
/// </summary>
public static partial class EnglishText
{
    /// <summary>English function words that Spanish does not use (each test says how many make a text English).</summary>
    public static readonly IReadOnlySet<string> FunctionWords = new HashSet<string>(
        ["the", "of", "and", "with", "from", "that", "this", "is", "are", "for", "in", "by", "to", "not", "which", "what", "how", "on", "at", "as",
         "it", "its", "be", "was", "were", "or", "an", "would", "than"]);

    /// <summary>A data frame as the collection's formatter writes it (its cells show data as the data file gives them).</summary>
    [GeneratedRegex("<table class=\"sme-frame\">.*?</table>", RegexOptions.Singleline)]
    public static partial Regex DataFrame();

    /// <summary>An HTML tag.</summary>
    [GeneratedRegex("<[^>]+>")]
    public static partial Regex Tag();
}
