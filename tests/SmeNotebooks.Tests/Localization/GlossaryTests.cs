using System.Text.RegularExpressions;
using System.Xml.Linq;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Localization;

/// <summary>
/// One terminology in the Spanish edition: every line of <c>i18n/es/glossary</c> (preferred term | English term |
/// wrong variants | a source's own words) applied to every Spanish catalog entry, every Spanish resource and every
/// rendered Spanish page (the rendered-text records of CollectionTests).
/// </summary>
public sealed class GlossaryTests
{
    private sealed record Term(string Preferred, string English, IReadOnlyList<string> Wrong, IReadOnlyList<string> SourcesOwnWords);

    private static IReadOnlyList<Term> Glossary() => [.. File.ReadLines(Path.Combine(Fixtures.RepositoryRoot, "i18n", "es", "glossary"))
        .Where(line => line.Trim().Length > 0 && !line.StartsWith('#'))
        .Select(line =>
        {
            var fields = line.Split(" | ").Select(f => f.Trim()).ToArray();
            Assert.True(fields.Length is 3 or 4 && fields.All(f => f.Length > 0), $"a glossary line needs 3 or 4 fields: {line}");
            static string[] List(string field) => [.. field.Split(';').Select(v => v.Trim()).Where(v => v.Length > 0)];
            return new Term(fields[0], fields[1], List(fields[2]), fields.Length == 4 ? List(fields[3]) : []);
        })];

    /// <summary>Every Spanish text a student meets, by file: catalog translations, resource values, rendered pages.</summary>
    private static IEnumerable<(string File, string Text)> SpanishTexts()
    {
        string root = Fixtures.RepositoryRoot;
        foreach (string po in Directory.GetFiles(Path.Combine(root, "i18n", "es"), "*.po", SearchOption.AllDirectories))
            yield return (Path.GetRelativePath(root, po), string.Join("\n", SmeNotebooks.Engine.Translation.PoCatalog.Parse(File.ReadAllText(po), po).Entries.SelectMany(e => (IEnumerable<string>)[e.Translation, .. e.PluralTranslations])));
        foreach (string resx in Directory.GetFiles(Path.Combine(root, "lib"), "*.es.resx", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/") && !f.Contains("/obj/")))
            yield return (Path.GetRelativePath(root, resx), string.Join("\n", XDocument.Load(resx).Descendants("data").Select(d => (string?)d.Element("value") ?? "")));
        foreach (string page in Directory.GetFiles(Path.Combine(root, "tests", "SmeNotebooks.Tests", "Fixtures", "RenderedText"), "*.es.txt"))
            yield return ("rendered page " + Path.GetFileName(page), File.ReadAllText(page));
    }

    [Fact]
    public void No_Spanish_text_uses_a_variant_the_glossary_calls_wrong()
    {
        var glossary = Glossary();
        Assert.Contains(glossary, t => t.Preferred == "cociente de probabilidades");
        var texts = SpanishTexts().ToList();
        Assert.Contains(texts, t => t.File.StartsWith("rendered page", StringComparison.Ordinal));
        var found = new List<string>();
        foreach (var term in glossary)
            foreach (var (file, text) in texts)
            {
                string checkedText = term.SourcesOwnWords.Aggregate(text, (t, own) => t.Replace(own, "", StringComparison.Ordinal));
                foreach (string wrong in term.Wrong)   // as written, or capitalised at the start of a sentence ("reajuste", "Reajuste")
                    foreach (Match match in Regex.Matches(checkedText, $@"(?<![\p{{L}}\p{{N}}])(?:{Regex.Escape(wrong)}|{Regex.Escape(char.ToUpperInvariant(wrong[0]) + wrong[1..])})(?![\p{{L}}\p{{N}}])"))
                        found.Add($"{file}: \"{Context(checkedText, match.Index)}\" says '{wrong}'; the glossary's term is '{term.Preferred}' ({term.English})");
            }
        Assert.True(found.Count == 0, string.Join("\n", found.Distinct()));
    }

    [Fact]
    public void A_wrong_variant_is_never_also_a_preferred_term()
    {
        var glossary = Glossary();
        var preferred = glossary.Select(t => t.Preferred).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(glossary.SelectMany(t => t.Wrong), preferred.Contains);
    }

    private static string Context(string text, int index) => text.Substring(Math.Max(0, index - 30), Math.Min(text.Length - Math.Max(0, index - 30), 70)).Replace('\n', ' ');
}
