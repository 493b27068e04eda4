using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace SmeNotebooks.Benchmarks;

/// <summary>
/// Issue 26: a class's worth of grading — <c>grade</c> on forty submissions of notebook 01 (a third answered right, a
/// third wrong, a third untouched), each run from a clean start in the sandbox, two side by side on this 2-core
/// machine; target ≤ 5 minutes. Needs bubblewrap and the Release build of the library (<c>dotnet build
/// lib/SmeNotebooks -c Release</c>).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class GradingBenchmarks
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(SmeNotebooks.Data.CsvData.DataFolder(AppContext.BaseDirectory), ".."));
    private string _submissions = "", _output = "";

    [GlobalSetup]
    public void WriteSubmissions()
    {
        _submissions = Directory.CreateTempSubdirectory("sme-grade-bench-").FullName;
        _output = Path.Combine(_submissions, "..", Path.GetFileName(_submissions) + "-out");
        string notebook = File.ReadAllText(Path.Combine(Root, "notebooks", "01-sonora-innovation-internationalization.dib"));
        // Right answers: Sonora Table 4 worked by hand (the exercise tests); wrong ones: the classic slips.
        string[][] answers = [["1.18", "8", "9.12"], ["1.50", "7", "3.02"], ["double.NaN", "double.NaN", "double.NaN"]];
        for (int i = 0; i < 40; i++)
        {
            string text = notebook;
            for (int k = 0; k < 3; k++) text = text.Replace($"double answer{k + 1} = double.NaN;", $"double answer{k + 1} = {answers[i % 3][k]};");
            File.WriteAllText(Path.Combine(_submissions, $"student{i + 1:00}.dib"), text);
        }
    }

    [Benchmark]
    public int FortySubmissionsOfNotebook01()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "SmeNotebooks.Runner.dll"), "grade", _submissions, "--out", _output, "--collection", Root })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        int graded = File.ReadAllLines(Path.Combine(_output, "gradebook.csv")).Length - 1;
        if (process.ExitCode != 0 || graded != 120) throw new InvalidOperationException($"grade failed ({graded} lines): {errors}");
        return graded;
    }

    [GlobalCleanup]
    public void Remove()
    {
        Directory.Delete(_submissions, recursive: true);
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }
}
