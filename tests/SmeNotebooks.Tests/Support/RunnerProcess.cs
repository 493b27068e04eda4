using System.Diagnostics;

namespace SmeNotebooks.Tests.Support;

/// <summary>Runs the notebook runner as a user would (a separate process), capturing exit code and output.</summary>
public static class RunnerProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static Result Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SmeNotebooks.Runner.dll"));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, errors.Result);
    }

    public static string Fixture(string relative) => Path.Combine(Fixtures.Folder("Notebooks"), relative);

    /// <summary>
    /// A new folder for a rendered site. A render is ~130 MB with its browser engine, and the test host is ended
    /// without running exit handlers, so each run first deletes the sites that runs of more than two hours ago left.
    /// </summary>
    public static string TempFolder()
    {
        _ = Stale.Value;
        return Directory.CreateTempSubdirectory("sme-site-").FullName;
    }

    private static readonly Lazy<int> Stale = new(() =>
    {
        int deleted = 0;
        foreach (var folder in new DirectoryInfo(Path.GetTempPath()).EnumerateDirectories("sme-site-*").Where(d => d.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-2)))
            try { folder.Delete(recursive: true); deleted++; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }   // another user's, or still in use: left alone
        return deleted;
    });
}

/// <summary>A fact that needs headless Chromium.</summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public RequiresChromiumFactAttribute() => Skip = ExternalTool.SkipReason("chromium", "chromium");
}
