using System.Diagnostics;

namespace SmeNotebooks.Benchmarks;

/// <summary>Runs the built runner's <c>check</c> on a notebook or folder in a new process, as a user would.</summary>
internal static class RunnerCheck
{
    /// <summary>Checks <paramref name="paths"/> (notebooks or folders); throws with the runner's errors when a notebook fails.</summary>
    public static int Run(params string[] paths)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SmeNotebooks.Runner.dll"));
        start.ArgumentList.Add("check");
        foreach (string notebook in paths) start.ArgumentList.Add(notebook);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"check {string.Join(" ", paths)} failed: {process.StandardError.ReadToEnd()}");
        return process.ExitCode;
    }
}
