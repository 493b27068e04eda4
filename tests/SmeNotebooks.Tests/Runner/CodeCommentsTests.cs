using SmeNotebooks.Runner.Translation;

namespace SmeNotebooks.Tests.Runner;

/// <summary>A code cell's comments are translation units: found in the syntax tree, written back line for line.</summary>
public class CodeCommentsTests
{
    private const string Cell = "// solution\n// Two size steps multiply the odds;\n// check it on two profiles.\ndouble answer1 = double.NaN;   // your answer: a factor\nstring url = \"http://example.org\"; // a \"//\" in a string is code\n    // indented alone";

    [Fact]
    public void Units_are_trailing_comments_and_runs_of_whole_line_comments_but_not_the_solution_marker_or_strings()
    {
        Assert.Equal(["Two size steps multiply the odds;\ncheck it on two profiles.", "your answer: a factor", "a \"//\" in a string is code", "indented alone"],
            CodeComments.Extract(Cell));
    }

    [Fact]
    public void A_translation_replaces_each_line_in_place_and_leaves_the_code_and_the_marker()
    {
        string spanish = CodeComments.Translate(Cell, comment => comment switch
        {
            "your answer: a factor" => "tu respuesta: un factor",
            "Two size steps multiply the odds;\ncheck it on two profiles." => "Dos pasos de tamaño multiplican los momios;\nverifícalo con dos perfiles.",
            _ => null,
        });
        Assert.Equal("// solution\n// Dos pasos de tamaño multiplican los momios;\n// verifícalo con dos perfiles.\ndouble answer1 = double.NaN;   // tu respuesta: un factor\n"
            + "string url = \"http://example.org\"; // a \"//\" in a string is code\n    // indented alone", spanish);
    }

    [Fact]
    public void A_translation_with_another_number_of_lines_is_refused_by_name()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => CodeComments.Translate(Cell, c => c.StartsWith("Two", StringComparison.Ordinal) ? "una sola línea" : null));
        Assert.Contains("has 1 line(s), the comment 2", refused.Message);
    }
}
