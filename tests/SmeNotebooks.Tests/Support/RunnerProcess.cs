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

    public static string TempFolder() => Directory.CreateTempSubdirectory("sme-site-").FullName;
}

/// <summary>A fact that needs headless Chromium.</summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public RequiresChromiumFactAttribute() => Skip = ExternalTool.SkipReason("chromium", "chromium");
}
