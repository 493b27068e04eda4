using System.Diagnostics;

namespace SmeNotebooks.Tests.Support;

/// <summary>Headless Chromium (Debian's chromium), offline: loads a local page, runs its scripts, returns the final DOM.</summary>
public static class Chromium
{
    /// <summary>The DOM of <paramref name="page"/> after its scripts ran for ten seconds of virtual time, and what Chromium wrote to stderr.</summary>
    public static (string Dom, string Errors) DumpDom(string page)
    {
        var start = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={Directory.CreateTempSubdirectory("sme-chromium-").FullName}",
            "--virtual-time-budget=10000", "--dump-dom", new Uri(page).AbsoluteUri,
        }) start.ArgumentList.Add(a);
        using var chromium = Process.Start(start)!;
        var errors = chromium.StandardError.ReadToEndAsync();
        string dom = chromium.StandardOutput.ReadToEnd();
        chromium.WaitForExit();
        return (dom, errors.Result);
    }
}
