using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

/// <summary>The runner fails loudly: exit 1 with a message naming notebook, cell and line; exit 2 for usage errors.</summary>
public class FailureTests
{
    [Fact]
    public void Compile_error_names_notebook_cell_line_and_compiler_message()
    {
        var result = RunnerProcess.Run("check", RunnerProcess.Fixture("bad/compile-error.dib"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("compile-error.dib, cell 3, line 3: error CS0029", result.Errors);
        Assert.Contains("FAILED", result.Output);
    }

    [Fact]
    public void Runtime_exception_names_the_line_and_stops_the_notebook()
    {
        var site = RunnerProcess.TempFolder();
        var result = RunnerProcess.Run("render", RunnerProcess.Fixture("bad/runtime-error.dib"), "--out", site);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("runtime-error.dib, cell 3, line 2: InvalidOperationException: planned failure", result.Errors);
        string html = File.ReadAllText(Path.Combine(site, "runtime-error.html"));
        Assert.Contains("FAILED", html);
        Assert.DoesNotContain("after the failure</pre>", html);
        Assert.Contains("not run: an earlier cell failed", html);
    }

    [Fact]
    public void Keep_going_runs_the_remaining_cells_and_still_exits_1()
    {
        var site = RunnerProcess.TempFolder();
        var result = RunnerProcess.Run("render", RunnerProcess.Fixture("bad/runtime-error.dib"), "--out", site, "--keep-going");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("after the failure", File.ReadAllText(Path.Combine(site, "runtime-error.html")));
    }

    [Fact]
    public void A_package_the_runner_lacks_is_a_clear_error_not_a_download()
    {
        var result = RunnerProcess.Run("check", RunnerProcess.Fixture("bad/missing-package.dib"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing-package.dib, cell 1, line 1: The runner does not ship the package 'Newtonsoft.Json' and never downloads one", result.Errors);
    }

    [Fact]
    public void Malformed_dib_is_reported_with_its_line()
    {
        var result = RunnerProcess.Run("check", RunnerProcess.Fixture("bad/malformed.dib"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("malformed.dib, line 1: text before the first cell marker", result.Errors);
    }

    [Fact]
    public void A_cell_over_the_timeout_is_a_failure()
    {
        var result = RunnerProcess.Run("check", RunnerProcess.Fixture("bad/slow.dib"), "--timeout", "1");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("slow.dib, cell 1: the cell did not finish within the 1 s timeout", result.Errors);
    }

    [Fact]
    public void Notebooks_run_side_by_side_report_in_the_order_given_and_stop_at_the_first_failure()
    {
        string[] notebooks = [RunnerProcess.Fixture("bad/compile-error.dib"), RunnerProcess.Fixture("good/outputs.dib"), RunnerProcess.Fixture("bad/malformed.dib")];
        var stopped = RunnerProcess.Run(["check", .. notebooks]);
        Assert.Equal(1, stopped.ExitCode);
        Assert.Equal(["compile-error.dib"], Reported(stopped.Output));
        Assert.Contains("1 notebook(s)", stopped.Output);

        var all = RunnerProcess.Run(["check", .. notebooks, "--keep-going"]);
        Assert.Equal(1, all.ExitCode);
        // The malformed notebook fails at once and the first one only after compiling: the order is still the one given.
        Assert.Equal(["compile-error.dib", "outputs.dib", "malformed.dib"], Reported(all.Output));
    }

    private static IEnumerable<string> Reported(string output) =>
        output.Split('\n').Where(l => l.Contains(".dib: ")).Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]);

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, RunnerProcess.Run("check", "no-such-notebook.dib").ExitCode);
        Assert.Equal(2, RunnerProcess.Run("check", Path.Combine(Fixtures.Folder("R"), "mtcars.csv")).ExitCode);
        Assert.Equal(2, RunnerProcess.Run("render", RunnerProcess.Fixture("good")).ExitCode);   // --out missing
    }
}
