using System.Globalization;
using SmeNotebooks.Exercises;
using SmeNotebooks.Localization;
using SmeNotebooks.Runner.Dib;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Runner.Grading;

/// <summary>
/// Grades a folder of submitted notebooks against the collection: each submission is recognised by the exercises it
/// checks, run from a clean start in its own process (with the collection's data and library; its stored outputs
/// never read), its cells run on past a failing one, and each exercise graded by the grader itself from the answer
/// variable the cells left (<see cref="ExerciseCheck"/>).
/// </summary>
public static class Grader
{
    /// <summary>The students' runs' shared plotly.js, in <c>students/</c>.</summary>
    private const string SharedPlotly = "plotly.min.js";

    /// <summary>
    /// Grades every <c>.ipynb</c> and <c>.dib</c> in <paramref name="submissions"/> against the collection at
    /// <paramref name="collection"/> (its <c>notebooks/</c>, <c>data/</c> and built <c>lib/</c>), as many side by side
    /// as the machine has cores, each in a <see cref="Sandbox"/> when <paramref name="sandboxed"/> (else as the grader's
    /// own user, for notebooks the teacher trusts) and stopped after <paramref name="limit"/>; writes each student's
    /// rendered run to <c>students/&lt;student&gt;.html</c> (beside one shared plotly.js) in <paramref name="output"/>. Returns the gradebook's rows,
    /// by student, then exercise.
    /// </summary>
    public static IReadOnlyList<GradeRow> Grade(string submissions, string collection, string output, TimeSpan cellTimeout, TimeSpan limit, bool sandboxed)
    {
        var notebooks = Directory.GetFiles(Path.Combine(collection, "notebooks"), "*.dib").Where(d => !Translation.NotebookTranslation.IsTranslation(d)).Order(StringComparer.Ordinal)
            .Select(d => (Name: Path.GetFileNameWithoutExtension(d), Checks: ExerciseCheck.In(DibDocument.Parse(File.ReadAllText(d), Path.GetFileName(d)))))
            .Where(n => n.Checks.Count > 0).ToList();
        string data = Path.GetFullPath(Path.Combine(collection, "data"));
        // Each exercise's solution is computed once a grading, whatever the number of submissions.
        var exercises = notebooks.SelectMany(n => n.Checks).Distinct().ToDictionary(c => c, c => new Lazy<Exercise>(() => c.Exercise(data)));
        string work = Directory.CreateTempSubdirectory("sme-grade-").FullName;
        Directory.CreateDirectory(Path.Combine(output, "students"));
        var graded = new List<Func<GradeRow[]>>();
        foreach (string file in Directory.EnumerateFiles(submissions).Where(f => f.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".dib", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            SubmittedNotebook submitted;
            try { submitted = SubmittedNotebook.Read(file); }
            catch (InvalidDataException ex)
            {
                graded.Add(() => [new GradeRow(Path.GetFileNameWithoutExtension(file), Path.GetFileName(file), 0, GradeVerdict.Error, "", ex.Message)]);
                continue;
            }
            string code = string.Join("\n", submitted.Document.Cells.Where(c => c.Language == CellLanguage.CSharp).Select(c => c.Content));
            var match = notebooks.Select(n => (n.Name, n.Checks, Found: n.Checks.Count(c => code.Contains($"{c.Study}.Exercise{c.Index}(", StringComparison.Ordinal))))
                .Where(n => n.Found > 0).OrderByDescending(n => n.Found).FirstOrDefault();
            if (match.Name is null)
            {
                graded.Add(() => [new GradeRow(submitted.Student, Path.GetFileName(file), 0, GradeVerdict.Error, "", GradeStrings.NotACollectionNotebook)]);
                continue;
            }
            string stage = Path.Combine(work, graded.Count.ToString(CultureInfo.InvariantCulture));
            graded.Add(() =>
            {
                var run = Run(submitted, match.Name, match.Checks, collection, stage, cellTimeout, limit, sandboxed);
                File.WriteAllText(Path.Combine(output, "students", submitted.Student + ".html"), Rendering.HtmlPage.Render(run,
                    Rendering.PageContext.Standalone with { Language = submitted.Language, PlotlyScript = SharedPlotly }));
                return [.. match.Checks.Select(check => Row(submitted.Student, match.Name, check, run, exercises[check]))];
            });
        }
        // One copy of plotly.js for every student's run (each page links it) instead of 4 MB inlined in each.
        File.WriteAllText(Path.Combine(output, "students", SharedPlotly), SmeNotebooks.Charts.ChartHtml.PlotlyScript());
        File.WriteAllText(Path.Combine(output, "students", "plotly.LICENSE.txt"), SmeNotebooks.Charts.ChartHtml.PlotlyLicense());
        try { return [.. SideBySide.InOrder(graded).SelectMany(rows => rows)]; }
        finally { Directory.Delete(work, recursive: true); }
    }

    /// <summary>Runs the submission as the collection notebook <paramref name="notebook"/>, staged beside the collection's data and library.</summary>
    private static NotebookRun Run(SubmittedNotebook submitted, string notebook, IReadOnlyList<ExerciseCheck> checks, string collection, string stage,
        TimeSpan cellTimeout, TimeSpan limit, bool sandboxed)
    {
        var sandbox = sandboxed ? new Sandbox(collection, Path.Combine(stage, "notebooks")) : null;
        if (sandbox is not null) sandbox.Prepare();
        else
        {
            Directory.CreateDirectory(Path.Combine(stage, "notebooks"));
            foreach (string folder in new[] { "data", "lib" })
                Directory.CreateSymbolicLink(Path.Combine(stage, folder), Path.GetFullPath(Path.Combine(collection, folder)));
        }
        string staged = Path.Combine(stage, "notebooks", notebook + (submitted.Language == Languages.Source ? "" : "." + submitted.Language) + ".dib");
        File.WriteAllText(staged, submitted.Document.Write());
        return NotebookProcess.Run(staged, cellTimeout, keepGoing: true, [.. checks.Select(c => c.Variable).Distinct()], sandbox, limit);
    }

    private static GradeRow Row(string student, string notebook, ExerciseCheck check, NotebookRun run, Lazy<Exercise> exercise)
    {
        GradeRow Error(string why) => new(student, notebook, check.Index, GradeVerdict.Error, "", why);
        if (run.Answers.FirstOrDefault(a => a.Variable == check.Variable) is not { } answer)
            return Error(run.FatalError ?? Localized.Format(GradeStrings.AnswerMissing, check.Variable));
        if (answer.Undefined) return Error(Localized.Format(GradeStrings.AnswerMissing, check.Variable));
        if (answer.Error is { } error) return Error(error);
        string shown = answer.Number is { } number ? (double.IsNaN(number) ? "" : number.ToString(CultureInfo.InvariantCulture)) : answer.Text ?? "";
        try
        {
            var result = ExerciseCheck.Grade(answer, exercise.Value);
            var verdict = result.Verdict switch
            {
                ExerciseVerdict.Correct => GradeVerdict.Correct,
                ExerciseVerdict.Wrong => GradeVerdict.Wrong,
                _ => GradeVerdict.Unanswered,
            };
            return new GradeRow(student, notebook, check.Index, verdict, shown, "");
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Reflection.TargetInvocationException)
        {
            return Error((ex.InnerException ?? ex).Message) with { Answer = shown };
        }
    }
}
