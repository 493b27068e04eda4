using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using SmeNotebooks.Runner.Dib;
using SmeNotebooks.Runner.Grading;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Grading;

/// <summary>A fact that needs bubblewrap, the sandbox <c>grade</c> runs students' code in.</summary>
public sealed class RequiresBubblewrapFactAttribute : FactAttribute
{
    public RequiresBubblewrapFactAttribute() => Skip = ExternalTool.SkipReason("bwrap", "bubblewrap");
}

/// <summary>
/// The teacher's <c>grade</c> command on a folder of submissions of notebook 01 — right, wrong, unanswered, broken,
/// renamed, foreign and unreadable ones, in both formats and languages — and on hostile ones, each run in the sandbox.
/// The right answers are the exercise tests' hand-worked values from the Sonora paper's Table 4 (ExerciseTests).
/// </summary>
public class GradeTests
{
    private static readonly string Notebooks = Path.Combine(Fixtures.RepositoryRoot, "notebooks");
    private const string Sonora = "01-sonora-innovation-internationalization";

    /// <summary>Notebook 01 with its three answer placeholders replaced (null: left as the placeholder).</summary>
    private static string Answered(string? a1, string? a2, string? a3, string file = Sonora + ".dib")
    {
        string text = File.ReadAllText(Path.Combine(Notebooks, file));
        foreach (var (variable, value) in new[] { ("answer1", a1), ("answer2", a2), ("answer3", a3) })
            if (value is not null) text = text.Replace($"double {variable} = double.NaN;", $"double {variable} = {value};");
        return text;
    }

    /// <summary>The English twin (.ipynb) with answers typed in, as Jupyter saves it.</summary>
    private static string AnsweredIpynb(string a1, string a2, string a3, string file)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Notebooks, file)))!.AsObject();
        foreach (var cell in notebook["cells"]!.AsArray())
        {
            var source = cell!["source"]!.AsArray();
            for (int i = 0; i < source.Count; i++)
                source[i] = source[i]!.GetValue<string>().Replace("double answer1 = double.NaN;", $"double answer1 = {a1};")
                    .Replace("double answer2 = double.NaN;", $"double answer2 = {a2};").Replace("double answer3 = double.NaN;", $"double answer3 = {a3};");
        }
        return notebook.ToJsonString();
    }

    private static (string Csv, string Html, string Output) Grade(string submissions, string cellTimeout = "60")
    {
        string output = Path.Combine(Path.GetDirectoryName(submissions)!, "gradebook");
        var result = RunnerProcess.Run("grade", submissions, "--out", output, "--collection", Fixtures.RepositoryRoot, "--timeout", cellTimeout, "--notebook-timeout", "400");
        Assert.True(result.ExitCode == 0, result.Output + result.Errors);
        return (File.ReadAllText(Path.Combine(output, "gradebook.csv")), File.ReadAllText(Path.Combine(output, "gradebook.html")), output);
    }

    private static string[] Lines(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [RequiresBubblewrapFact]
    public void A_folder_of_submissions_gets_one_line_an_exercise_graded_from_a_clean_run()
    {
        string root = Directory.CreateTempSubdirectory("sme-grade-test-").FullName;
        try
        {
            string submissions = Directory.CreateDirectory(Path.Combine(root, "submissions")).FullName;
            // Sonora Table 4: c = 1.734 / 1.473 = 1.18; 8 profiles above 0.5; e^(2 × 1.105) = 9.12 (ExerciseTests).
            File.WriteAllText(Path.Combine(submissions, "ana.dib"), Answered("1.18", "8", "9.12"));
            File.WriteAllText(Path.Combine(submissions, "beto.ipynb"), AnsweredIpynb("1.50", "7", "3.02", Sonora + ".ipynb"));
            File.Copy(Path.Combine(Notebooks, Sonora + ".es.ipynb"), Path.Combine(submissions, "carla.ipynb"));
            // A cell that throws before exercise 2: the exercises that do not depend on it are still graded.
            File.WriteAllText(Path.Combine(submissions, "dario.dib"), Answered("1.18", "8", null)
                .Replace("double answer2 = 8;", "double answer2 = 8;\n\n#!csharp\n\nthrow new InvalidOperationException(\"a slip\");"));
            File.WriteAllText(Path.Combine(submissions, "elena.dib"), Answered(null, "8", "9.12").Replace("double answer1 = double.NaN;", "double myAnswer = 1.18;")
                .Replace("Check(answer1)", "Check(myAnswer)"));
            File.Copy(Path.Combine(Notebooks, "00-start-here.dib"), Path.Combine(submissions, "fabio.dib"));
            File.WriteAllText(Path.Combine(submissions, "gala.ipynb"), "{ this is not JSON");
            File.WriteAllText(Path.Combine(submissions, "notes.txt"), "not a notebook: not graded");

            var (csv, html, output) = Grade(submissions);
            string[] expected = [
                GradebookFiles.Header,
                $"ana,{Sonora},1,correct,1.18,", $"ana,{Sonora},2,correct,8,", $"ana,{Sonora},3,correct,9.12,",
                $"beto,{Sonora},1,wrong,1.5,", $"beto,{Sonora},2,wrong,7,", $"beto,{Sonora},3,wrong,3.02,",
                $"carla,{Sonora},1,unanswered,,", $"carla,{Sonora},2,unanswered,,", $"carla,{Sonora},3,unanswered,,",
                $"dario,{Sonora},1,correct,1.18,", $"dario,{Sonora},2,correct,8,", $"dario,{Sonora},3,unanswered,,",
                $"elena,{Sonora},1,error,,\"answer1 is not defined: its cell was removed, or the variable renamed.\"", $"elena,{Sonora},2,correct,8,", $"elena,{Sonora},3,correct,9.12,",
                "fabio,fabio.dib,0,error,,not one of the collection's notebooks: it checks none of their exercises",
            ];
            Assert.True(expected.SequenceEqual(Lines(csv)[..^1]), csv);
            Assert.StartsWith("gala,gala.ipynb,0,error,,\"the file cannot be read as a notebook:", Lines(csv)[^1]);
            string dario = File.ReadAllText(Path.Combine(output, "students", "dario.html"));
            Assert.Contains("a slip", dario);   // the broken cell is reported on the student's page
            // The students' runs share one plotly.js beside them instead of each carrying its own copy.
            Assert.Contains("<script src=\"plotly.min.js\"></script>", dario);
            Assert.True(dario.Length < new FileInfo(Path.Combine(output, "students", "plotly.min.js")).Length, "a student's page inlines plotly.js");
            Assert.Contains("<html lang=\"es\">", File.ReadAllText(Path.Combine(output, "students", "carla.html")));
            Assert.Contains("<td class=\"student\">ana</td><td class=\"correct\">✓</td><td class=\"correct\">✓</td><td class=\"correct\">✓</td><td>3</td>", html);
            Assert.Contains("href=\"students/beto.html\"", html);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    /// <summary>Notebook 01's set-up cell, a hostile cell, then exercise 1 answered right and checked.</summary>
    private static string Hostile(string code)
    {
        var setup = DibDocument.Parse(File.ReadAllText(Path.Combine(Notebooks, Sonora + ".dib"))).Cells.First(c => c.Language == CellLanguage.CSharp);
        return $"#!csharp\n\n{setup.Content}\n\n#!csharp\n\n{code}\n\n#!csharp\n\ndouble answer1 = 1.18;\n\n#!csharp\n\nSonoraExercises.Exercise1(dataFolder).Check(answer1)\n";
    }

    [RequiresBubblewrapFact]
    public void Hostile_submissions_are_contained_and_reported_and_the_others_still_graded()
    {
        string root = Directory.CreateTempSubdirectory("sme-grade-hostile-").FullName;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        try
        {
            string submissions = Directory.CreateDirectory(Path.Combine(root, "submissions")).FullName;
            string secret = Path.Combine(root, "teacher-secret.txt"), outside = Path.Combine(root, "written-by-a-student.txt");
            File.WriteAllText(secret, "TEACHER-SECRET-42");
            string data = Path.Combine(Fixtures.RepositoryRoot, "data");
            var before = Directory.GetFiles(data, "*", SearchOption.AllDirectories).Order().ToArray();
            var hostile = new Dictionary<string, string>
            {
                ["reader"] = $"Console.WriteLine(System.IO.File.ReadAllText(\"{secret}\") + System.IO.File.ReadAllText(\"{Path.Combine(submissions, "writer.dib")}\"));",
                ["writer"] = $"try {{ System.IO.File.WriteAllText(\"{outside}\", \"x\"); }} finally {{ System.IO.File.WriteAllText(\"../data/written.csv\", \"x\"); }}",
                ["caller"] = $"new System.Net.Sockets.TcpClient().Connect(\"127.0.0.1\", {port});",
                ["forker"] = "for (int i = 0; i < 100000; i++) System.Diagnostics.Process.Start(\"/usr/bin/sleep\", \"317\");",
                ["hoarder"] = "var hoard = new List<byte[]>(); for (int i = 0; i < 30; i++) { var block = new byte[1 << 30]; Array.Fill(block, (byte)1); hoard.Add(block); }",
                ["spinner"] = "while (true) { }",
                ["quitter"] = "Environment.Exit(3);",
            };
            foreach (var (student, code) in hostile) File.WriteAllText(Path.Combine(submissions, student + ".dib"), Hostile(code));
            File.WriteAllText(Path.Combine(submissions, "zoe.dib"), Hostile("Console.WriteLine(\"an honest cell\");"));

            var (csv, _, output) = Grade(submissions, cellTimeout: "20");
            var rows = Lines(csv).Skip(1).Where(l => l.Split(',')[2] == "1").ToDictionary(l => l.Split(',')[0], l => l);
            // Each hostile cell failed in its cell, and the exercise after it was graded as usual …
            foreach (string student in new[] { "reader", "writer", "caller", "forker", "hoarder", "spinner", "zoe" })
                Assert.Equal($"{student},{Sonora},1,correct,1.18,", rows[student]);
            // … but a process that ends itself leaves nothing to grade, and says so.
            Assert.StartsWith($"quitter,{Sonora},1,error,,", rows["quitter"]);
            Assert.Contains("exited with code 3", rows["quitter"]);
            string Page(string student) => File.ReadAllText(Path.Combine(output, "students", student + ".html"));
            Assert.DoesNotContain("class=\"output error\"", Page("zoe"));                     // the set-up ran: each failure below is the hostile cell's
            Assert.DoesNotContain("TEACHER-SECRET-42", Page("reader"));
            Assert.Matches("(File|Directory)NotFoundException", Page("reader"));              // the teacher's folder is not there at all
            Assert.False(File.Exists(outside), "a submission wrote outside its scratch folder");
            Assert.Equal(before, Directory.GetFiles(data, "*", SearchOption.AllDirectories).Order().ToArray());
            Assert.False(listener.Pending(), "a submission reached the network");
            Assert.Contains("OutOfMemoryException", Page("hoarder"));
            Assert.Contains("timeout", Page("spinner"));
            var commands = Directory.GetDirectories("/proc").Where(p => File.Exists(Path.Combine(p, "cmdline")))
                .Select(p => { try { return File.ReadAllText(Path.Combine(p, "cmdline")); } catch (IOException) { return ""; } catch (UnauthorizedAccessException) { return ""; } });
            Assert.DoesNotContain(commands, c => c.Contains("sleep\u0000317", StringComparison.Ordinal));   // the forked processes ended with the sandbox
        }
        finally
        {
            listener.Stop();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_gradebook_language_the_collection_lacks_is_refused_by_name()
    {
        string root = Directory.CreateTempSubdirectory("sme-grade-lang-").FullName;
        var result = RunnerProcess.Run("grade", root, "--out", Path.Combine(root, "out"), "--collection", Fixtures.RepositoryRoot, "--lang", "xx", "--unsafe");
        Directory.Delete(root, recursive: true);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot be written in 'xx'", result.Errors);
        Assert.Contains("en, es", result.Errors);
    }

    [Fact]
    public void The_csv_quotes_what_needs_quoting_as_RFC_4180_says()
    {
        string csv = GradebookFiles.Csv([new GradeRow("ana", "01-x", 1, GradeVerdict.Error, "", "said \"no\", twice\nthen stopped")]);
        Assert.Equal("student,notebook,exercise,verdict,answer,error\r\nana,01-x,1,error,,\"said \"\"no\"\", twice\nthen stopped\"\r\n", csv);
    }
}
