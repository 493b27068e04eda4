using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Runner.Execution;
using SmeNotebooks.Engine.Translation;
using SmeNotebooks.Runner.Translation;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Engine;

/// <summary>
/// The messages of a notebook's code: which strings are messages, and how a translation is compiled in — on the same
/// line, with the holes' own expressions and formats, refusing a translation that loses a hole.
/// </summary>
public class CodeMessagesTests
{
    private const string Cell = """
        var fit = LogisticRegression.Fit(data, "internationalized", "capinno");
        Check.That("the refit agrees with Table 4", gap < 0.01, $"largest gap {gap:F4} over {n} terms");
        Console.WriteLine($"P = {p:F3} for a {(p > 0.5 ? "likely exporter" : "firm")}");
        string path = @"data/sonora/firms.csv";
        """;

    [Fact]
    public void Sentences_are_messages_and_names_keys_and_verbatim_strings_are_not()
    {
        Assert.Equal(["the refit agrees with Table 4", "largest gap {0} over {1} terms", "P = {0} for a {1}", "likely exporter"], CodeMessages.Extract(Cell));
    }

    [Fact]
    public void A_tables_column_headings_are_messages_even_as_single_words()
    {
        const string cell = """
            display(new Table("Counts", ["area", "firms"], rows));
            double firms = Lookup.Number(table, "firms", ("area", "Total"));
            """;
        Assert.Equal(["area", "firms"], CodeMessages.Extract(cell));
    }

    [Fact]
    public void A_translation_keeps_the_holes_expressions_formats_and_lines()
    {
        var spanish = new Dictionary<string, string>
        {
            ["the refit agrees with Table 4"] = "el reajuste coincide con la Tabla 4",
            ["largest gap {0} over {1} terms"] = "en {1} términos, la mayor distancia es {0}",
            ["likely exporter"] = "exportadora probable",
        };
        string translated = CodeMessages.Translate(Cell, m => spanish.GetValueOrDefault(m));
        Assert.Contains("Check.That(\"el reajuste coincide con la Tabla 4\", gap < 0.01, $\"en {n} términos, la mayor distancia es {gap:F4}\");", translated);
        Assert.Contains("$\"P = {p:F3} for a {(p > 0.5 ? \"exportadora probable\" : \"firm\")}\"", translated);
        Assert.Contains("\"internationalized\"", translated);
        Assert.Equal(Cell.Split('\n').Length, translated.Split('\n').Length);
        Assert.Equal(Cell, CodeMessages.Translate(Cell, _ => null));
    }

    [Fact]
    public void A_translation_that_loses_a_hole_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CodeMessages.Translate(Cell, m => m == "largest gap {0} over {1} terms" ? "la mayor distancia es {0}" : null));
        Assert.Contains("largest gap {0} over {1} terms", error.Message);
    }

    [Fact]
    public void A_session_with_messages_prints_them_translated_with_the_same_numbers()
    {
        var sink = new OutputSink(new OutputFormatter());
        var session = new NotebookSession(Path.GetTempPath(), sink) { Messages = m => m == "{0} firms in the sample" ? "{0} empresas en la muestra" : null };
        Assert.Null(session.Execute("int n = 116;\ndisplay($\"{n} firms in the sample\");", 1));
        Assert.Contains("116 empresas en la muestra", string.Concat(sink.Take().Select(o => o.Text)));
    }
}
