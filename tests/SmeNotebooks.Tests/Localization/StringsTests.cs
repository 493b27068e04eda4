using System.Text.RegularExpressions;
using System.Xml.Linq;
using SmeNotebooks.Display;
using SmeNotebooks.Exercises;
using SmeNotebooks.Localization;
using SmeNotebooks.Studies.ValueChains;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Localization;

/// <summary>
/// The library's and the engine's words (X.resx, English: Localization/Strings.resx, each study's own, the engine's) and their Spanish translation
/// (X.es.resx beside it): every English string
/// has a Spanish one, translated from the English as it stands now (the Spanish entry's comment keeps the English it
/// was translated from, so a changed English string fails as stale), with the same {0} holes; and the library prints
/// them in the reader's language — SPSS's Spanish column labels as the Sonora paper printed them.
/// </summary>
public partial class StringsTests
{
    private static readonly string Library = Path.Combine(Fixtures.RepositoryRoot, "lib");

    /// <summary>The English resource files of the library and the engine, relative to lib/.</summary>
    /// <summary>Each English resource file with each language the library speaks besides English (<see cref="Languages.All"/>).</summary>
    public static TheoryData<string, string> EnglishFiles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string file in English())
                foreach (var culture in Languages.All.Skip(1)) data.Add(file, culture.Name);
            return data;
        }
    }

    private static string[] English() => [.. Directory.EnumerateFiles(Library, "*.resx", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !Path.GetFileNameWithoutExtension(f).Contains('.'))
        .Select(f => Path.GetRelativePath(Library, f)).Order()];

    private static Dictionary<string, (string Value, string? Comment)> Entries(string file) =>
        XDocument.Load(Path.Combine(Library, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => ((string)d.Element("value")!, (string?)d.Element("comment")));

    private static string Translation(string file, string language) => Path.ChangeExtension(file, "." + language + ".resx");

    [Fact]
    public void The_library_has_its_words_in_resource_files() => Assert.Contains(Path.Combine("SmeNotebooks", "Localization", "Strings.resx"), English());

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void Every_English_string_has_a_translation_of_its_current_text_in_every_language(string file, string language)
    {
        Assert.True(File.Exists(Path.Combine(Library, Translation(file, language))), $"{file} has no translation {Translation(file, language)}");
        var english = Entries(file);
        var translated = Entries(Translation(file, language));
        var untranslated = english.Keys.Where(k => !translated.ContainsKey(k) || translated[k].Value.Trim().Length == 0).ToArray();
        Assert.True(untranslated.Length == 0, $"{Translation(file, language)} has no translation for: {string.Join(", ", untranslated)}");
        var stale = english.Where(e => translated[e.Key].Comment != "en: " + e.Value.Value)
            .Select(e => $"{e.Key} (translated from '{translated[e.Key].Comment}', the English is now '{e.Value.Value}')").ToArray();
        Assert.True(stale.Length == 0, $"{Translation(file, language)}: strings translated from an English text that has since changed — re-translate them and update the comment:\n" + string.Join("\n", stale));
        var orphans = translated.Keys.Except(english.Keys).ToArray();
        Assert.True(orphans.Length == 0, $"{Translation(file, language)} has entries the English no longer has: {string.Join(", ", orphans)}");
    }

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void Every_translated_string_keeps_the_holes_of_its_English_one(string file, string language)
    {
        var translated = Entries(Translation(file, language));
        var broken = Entries(file)
            .Where(e => !Holes(e.Value.Value).SetEquals(Holes(translated[e.Key].Value)))
            .Select(e => $"{e.Key}: English {{{string.Join(",", Holes(e.Value.Value))}}}, {language} {{{string.Join(",", Holes(translated[e.Key].Value))}}}").ToArray();
        Assert.True(broken.Length == 0, $"{Translation(file, language)}: format holes differ:\n" + string.Join("\n", broken));
    }

    private static HashSet<string> Holes(string pattern) => [.. Hole().Matches(pattern).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Hole();

    [Fact]
    public void Spanish_SPSS_tables_print_the_labels_the_Sonora_paper_prints()
    {
        // The Sonora paper's Table 2 ("Variables on the equation") heads its columns "B E.T. Wald gl Sig. Exp(B)":
        // SPSS's Spanish output, which the paper pasted in.
        var fit = Fixtures.SyntheticSonoraFit;
        var spanish = TestCulture.InLanguage("es", () => SpssTables.VariablesInTheEquation(fit));
        Assert.Equal(["", "B", "E.T.", "Wald", "gl", "Sig.", "Exp(B)"], spanish.Headers.Take(7));
        Assert.Equal("Variables en la ecuación", spanish.Title);
        var english = SpssTables.VariablesInTheEquation(fit);
        Assert.Equal(["", "B", "S.E.", "Wald", "df", "Sig.", "Exp(B)"], english.Headers.Take(7));
        Assert.Equal(english.Rows.Select(r => r.Skip(1)), spanish.Rows.Select(r => r.Skip(1)));   // the numbers keep their decimal point in either language
        Assert.Equal(("Constant", "Constante"), (english.Rows[^1][0], spanish.Rows[^1][0]));         // the intercept as each SPSS names it
        Assert.Equal(english.Rows.SkipLast(1).Select(r => r[0]), spanish.Rows.SkipLast(1).Select(r => r[0]));   // variables keep their names
        Assert.Equal("Resumen del modelo", TestCulture.InLanguage("es-MX", () => SpssTables.ModelSummary(fit)).Title);
        // The omnibus test as Spanish SPSS prints it for one block: Paso, Bloque and Modelo, under "Chi-cuadrado".
        var omnibus = TestCulture.InLanguage("es", () => SpssTables.Omnibus(fit));
        Assert.Equal(["Paso", "Bloque", "Modelo"], omnibus.Rows.Select(r => r[0]));
        Assert.Equal("Chi-cuadrado", omnibus.Headers[1]);
        Assert.Single(omnibus.Rows.Select(r => string.Join(",", r.Skip(1))).Distinct());
    }

    [Fact]
    public void Exercises_speak_the_readers_language_and_accept_a_name_in_either()
    {
        var exercise = Exercise.Numeric(3, 9.116, 0.005, "pista");
        Assert.StartsWith("Ejercicio 3", TestCulture.InLanguage("es", () => exercise.Check(double.NaN).ToString()).TrimStart('·', ' '));
        Assert.Contains("todavía no", TestCulture.InLanguage("es", () => exercise.Check(1.0).Message));
        Assert.Contains("not quite", exercise.Check(1.0).Message);

        // Table 1 after the corrections: Brazil's SMEs make 7.5 % of export value, the closest to the EU's half.
        var country = ValueChainsExercises.Exercise1(Fixtures.DataFolder);
        Assert.Equal(ExerciseVerdict.Correct, country.Check("Brasil").Verdict);
        Assert.Equal(ExerciseVerdict.Correct, country.Check("brazil").Verdict);
        Assert.Equal(ExerciseVerdict.Wrong, country.Check("Perú").Verdict);
    }

    [Fact]
    public void Model_errors_name_the_real_problem_in_the_readers_language()
    {
        // x separates y completely: the maximum-likelihood coefficient does not exist.
        var data = new Microsoft.Data.Analysis.DataFrame(
            new Microsoft.Data.Analysis.DoubleDataFrameColumn("x", [0, 1, 2, 3, 4, 5]),
            new Microsoft.Data.Analysis.DoubleDataFrameColumn("y", [0, 0, 0, 1, 1, 1]));
        var spanish = Assert.Throws<SmeNotebooks.Models.SeparationException>(() => TestCulture.InLanguage("es", () => SmeNotebooks.Models.LogisticRegression.Fit(data, "y", "x")));
        Assert.StartsWith("Separación completa (perfecta): 'x' predice el resultado", spanish.Message);
        var english = Assert.Throws<SmeNotebooks.Models.SeparationException>(() => SmeNotebooks.Models.LogisticRegression.Fit(data, "y", "x"));
        Assert.StartsWith("Complete (perfect) separation: 'x' predicts the outcome", english.Message);
        var missing = Assert.Throws<SmeNotebooks.Models.DataValidationException>(() => TestCulture.InLanguage("es", () => SmeNotebooks.Models.LogisticRegression.Fit(data, "y", "size")));
        Assert.Equal("La columna 'size' no está en los datos. Columnas presentes: 'x', 'y'.", missing.Message);
    }

    [Fact]
    public void Citations_and_index_cards_speak_the_readers_language()
    {
        var english = SmeNotebooks.Studies.ValueChains.ValueChainsStudy.About;
        var spanish = TestCulture.InLanguage("es", () => SmeNotebooks.Studies.ValueChains.ValueChainsStudy.About);
        Assert.StartsWith("McDermott, G. A. and Pietrobelli, C. (2017). In Breaking up", english.Citation.ToString());
        Assert.StartsWith("McDermott, G. A. y Pietrobelli, C. (2017). En Breaking up", TestCulture.InLanguage("es", () => spanish.Citation.ToString()));
        Assert.Equal("¿dónde se ubican los resultados mexicanos en el panorama regional?", spanish.Question);
        Assert.Equal("where do the Mexican results sit in the regional picture?", english.Question);
    }
}
