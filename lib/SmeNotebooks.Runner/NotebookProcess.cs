using System.Collections.Concurrent;
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
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>
    /// Runs <paramref name="notebooks"/>, each in its own child process, as many at once as the machine has cores, and
    /// yields their results in the order given, each once it and those before it are done. A notebook's results do
    /// not depend on what runs beside it (each process computes alone). Ending the enumeration early starts no
    /// further notebook and waits for the running ones.
    /// </summary>
    public static IEnumerable<NotebookRun> RunAll(IReadOnlyList<string> notebooks, TimeSpan cellTimeout, bool keepGoing)
    {
        var results = notebooks.Select(_ => new TaskCompletionSource<NotebookRun>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, notebooks.Count));
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, Math.Min(Environment.ProcessorCount, notebooks.Count)).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested && queue.TryDequeue(out int i))
            {
                try { results[i].SetResult(Run(notebooks[i], cellTimeout, keepGoing)); }
                catch (Exception ex) { results[i].SetException(ex); }
            }
        })).ToArray();
        try
        {
            foreach (var result in results) yield return result.Task.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            Task.WaitAll(workers);
        }
    }

    /// <summary>Runs one notebook in a child process and returns its result (or a failed run saying why there is none).</summary>
    public static NotebookRun Run(string notebook, TimeSpan cellTimeout, bool keepGoing)
    {
        string result = Path.Combine(Path.GetTempPath(), $"sme-run-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        string self = typeof(NotebookProcess).Assembly.Location;
        string host = Environment.ProcessPath!;
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) { start.FileName = host; start.ArgumentList.Add(self); }
        else start.FileName = host;
        foreach (var arg in new[] { "execute", notebook, "--result", result, "--timeout", cellTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        if (keepGoing) start.ArgumentList.Add("--keep-going");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit();
        try
        {
            if (File.Exists(result)) return JsonSerializer.Deserialize<NotebookRun>(File.ReadAllText(result), Json)!;
            return new NotebookRun(Path.GetFullPath(notebook), Path.GetFileName(notebook), "", [], DateTime.UtcNow, clock.Elapsed.TotalMilliseconds,
                $"{Path.GetFileName(notebook)}: the execution process exited with code {process.ExitCode} without a result. {stderr.Result}{stdout.Result}".Trim());
        }
        finally { File.Delete(result); }
    }
}
