using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

/// <summary>Renders the exercise fixture in both editions once.</summary>
public sealed class EditionFixture
{
    public EditionFixture()
    {
        Site = RunnerProcess.TempFolder();
        Result = RunnerProcess.Run("render", RunnerProcess.Fixture("solutions"), "--out", Site);
    }

    public string Site { get; }
    public RunnerProcess.Result Result { get; }
    public string Read(params string[] path) => File.ReadAllText(Path.Combine([Site, .. path]));
}

/// <summary>
/// Solutions a teacher controls: the full edition folds model solutions behind "Show solution"; the student edition
/// leaves them out — text, code and the values they print — while the exercise and its check stay.
/// </summary>
public class EditionTests(EditionFixture fixture) : IClassFixture<EditionFixture>
{
    // What only the solution cells contain: their prose, their code, and the value their code prints (42.25).
    private static readonly string[] SolutionContent = ["SOLUTION-PROSE-MARKER", "SOLUTION-CODE-MARKER", "worked answer 42.25", "Show solution"];

    [Fact]
    public void An_unanswered_exercise_renders_without_failing_and_says_so()
    {
        Assert.True(fixture.Result.ExitCode == 0, fixture.Result.Output + fixture.Result.Errors);
        Assert.Contains("not answered yet", fixture.Read("exercise.html"));
        Assert.Contains("not answered yet", fixture.Read("student", "exercise.html"));
    }

    [Fact]
    public void The_full_edition_folds_each_solution_behind_show_solution()
    {
        string page = fixture.Read("exercise.html");
        Assert.Equal(2, page.Split("<details class=\"solution\"><summary>Show solution</summary>").Length - 1);
        int folded = page.IndexOf("<details class=\"solution\">", StringComparison.Ordinal);
        Assert.True(folded >= 0 && page.IndexOf("SOLUTION-PROSE-MARKER", StringComparison.Ordinal) > folded);
        Assert.Contains("worked answer 42.25", page);
        Assert.Contains("SOLUTION-CODE-MARKER", fixture.Read("exercise.ipynb"));
    }

    [Fact]
    public void The_student_edition_has_no_solution_text_code_or_value()
    {
        foreach (string file in new[] { "exercise.html", "exercise.ipynb", "index.html" })
        {
            string content = fixture.Read("student", file);
            foreach (string marker in SolutionContent) Assert.DoesNotContain(marker, content);
        }
        Assert.Contains("What is six times seven?", fixture.Read("student", "exercise.html"));
        Assert.Contains("The end of the exercises.", fixture.Read("student", "exercise.html"));
    }
}
