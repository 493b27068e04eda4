using System.Diagnostics;
using System.Text.Json;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Runner;

/// <summary>
/// Executes each notebook in a child process of the runner (<c>execute</c> command), so the script assemblies
/// Roslyn never unloads die with it and a render of many notebooks keeps flat memory; the child hands back a
/// <see cref="NotebookRun"/> as JSON.
/// </summary>
internal static class NotebookProcess
{
    /// <summary>How a result travels from the child process.</summary>
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = false, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>
    /// Runs <paramref name="notebooks"/>, each in its own child process, as many at once as the machine has cores, and
    /// yields their results in the order given, each once it and those before it are done. A notebook's results do
    /// not depend on what runs beside it (each process computes alone). Ending the enumeration early starts no
    /// further notebook and waits for the running ones.
    /// </summary>
    public static IEnumerable<NotebookRun> RunAll(IReadOnlyList<string> notebooks, TimeSpan cellTimeout, bool keepGoing) =>
        SideBySide.InOrder([.. notebooks.Select(notebook => (Func<NotebookRun>)(() => Run(notebook, cellTimeout, keepGoing)))]);

    /// <summary>
    /// Runs one notebook in a child process and returns its result (or a failed run saying why there is none), with the
    /// values of the variables <paramref name="answers"/> names when given (<see cref="NotebookRun.Answers"/>). In a
    /// <paramref name="sandbox"/> (for a student's notebook) the notebook must be in its scratch folder, and the process
    /// and everything it started are killed after <paramref name="limit"/>.
    /// </summary>
    public static NotebookRun Run(string notebook, TimeSpan cellTimeout, bool keepGoing, IReadOnlyList<string>? answers = null,
        Grading.Sandbox? sandbox = null, TimeSpan? limit = null)
    {
        string result = sandbox is null ? Path.Combine(Path.GetTempPath(), $"sme-run-{Guid.NewGuid():N}.json") : Path.Combine(sandbox.Scratch, $"result-{Guid.NewGuid():N}.json");
        string self = typeof(NotebookProcess).Assembly.Location;
        string host = Environment.ProcessPath!;
        bool viaDotnet = Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        var arguments = new List<string>();
        if (viaDotnet) arguments.Add(self);
        arguments.AddRange(["execute", sandbox?.PathOf(notebook) ?? notebook, "--result", sandbox?.PathOf(result) ?? result,
            "--timeout", cellTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        if (keepGoing) arguments.Add("--keep-going");
        if (answers is { Count: > 0 }) arguments.AddRange(["--answers", string.Join(",", answers)]);
        ProcessStartInfo start;
        if (sandbox is null)
        {
            start = new ProcessStartInfo(host) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (string argument in arguments) start.ArgumentList.Add(argument);
        }
        else start = sandbox.Start(host, arguments, [Path.GetDirectoryName(host)!, Path.GetDirectoryName(self)!]);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        bool ended = process.WaitForExit(limit ?? Timeout.InfiniteTimeSpan);
        if (!ended)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        try
        {
            if (ended && File.Exists(result)) return JsonSerializer.Deserialize<NotebookRun>(File.ReadAllText(result), Json)! with { Path = Path.GetFullPath(notebook) };
            string why = ended ? $"the execution process exited with code {process.ExitCode} without a result."
                : $"the notebook ran longer than its limit of {limit!.Value.TotalSeconds:0} s and was stopped.";
            return new NotebookRun(Path.GetFullPath(notebook), Path.GetFileName(notebook), "", [], DateTime.UtcNow, clock.Elapsed.TotalMilliseconds,
                $"{Path.GetFileName(notebook)}: {why} {Tail(stderr.Result)}{Tail(stdout.Result)}".Trim());
        }
        catch (JsonException ex)
        {
            return new NotebookRun(Path.GetFullPath(notebook), Path.GetFileName(notebook), "", [], DateTime.UtcNow, clock.Elapsed.TotalMilliseconds,
                $"{Path.GetFileName(notebook)}: its result is not readable ({ex.Message}).");
        }
        finally { File.Delete(result); }
    }

    /// <summary>The last 2,000 characters of a process's output: enough to say why, never a flood.</summary>
    private static string Tail(string text) => text.Length <= 2000 ? text : "…" + text[^2000..];
}
