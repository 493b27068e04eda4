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
    public void What_goes_to_a_readers_text_is_a_message_and_keys_and_verbatim_strings_are_not()
    {
        Assert.Equal(["the refit agrees with Table 4", "largest gap {0} over {1} terms", "P = {0} for a {1}", "likely exporter", "firm"], CodeMessages.Extract(Cell));
    }

    [Fact]
    public void A_tables_title_headings_and_cells_are_messages_even_as_single_words()
    {
        const string cell = """
            display(new Table("Counts", ["area", "firms"], [["North", $"{n} firms"]]));
            display(Table.From("By area", ["area"], areas, a => [a.Name, "surveyed"]));
            double firms = Lookup.Number(table, "firms", ("area", "Total"));
            """;
        Assert.Equal(["Counts", "area", "firms", "North", "{0} firms", "By area", "area", "surveyed"], CodeMessages.Extract(cell));
    }

    [Fact]
    public void A_data_key_is_never_a_message_even_as_a_sentence_and_a_marked_text_always_is()
    {
        const string cell = """
            double share = Lookup.Number(table6, "percent", ("action", "Staff training"));
            var south = facts.Single(f => f.Region == "South America");
            string[] names = ["first quartile", Translatable.Text("third quartile")];
            display(SmeNotebooks.Display.Check.That("the shares add up", true, string.Join(" or ", names)));
            """;
        Assert.Equal(["third quartile", "the shares add up"], CodeMessages.Extract(cell));
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
