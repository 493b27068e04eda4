using System.Diagnostics;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Deploy;

/// <summary>A fact that needs JupyterHub, the notebook server and npm (the class hub's proxy comes from npm).</summary>
public sealed class RequiresJupyterHubFactAttribute : FactAttribute
{
    public RequiresJupyterHubFactAttribute() =>
        Skip = ExternalTool.SkipReason("jupyterhub", "jupyterhub jupyter-notebook") ?? ExternalTool.SkipReason("npm", "npm") ?? Jupyter.SkipReason;
}

/// <summary>
/// The class hub of deploy/jupyterhub, in the reduced form of its load test (deploy/jupyterhub/load_test.py; the
/// thirty-student run is a benchmark, BENCHMARKS.md): students log in through the hub, start their servers and run
/// notebook 01 in their own kernels through the hub's proxy.
/// </summary>
public sealed class ClassHubTests
{
    [RequiresJupyterHubFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Three_students_log_in_and_run_notebook_01_each_in_a_copy_and_kernel_of_their_own()
    {
        string state = Directory.CreateTempSubdirectory("sme-hub-").FullName;
        try
        {
            // What deploy/jupyterhub/start prepares, from this build: the kernelspecs and the student edition.
            Jupyter.WriteKernelspecs(Path.Combine(state, "share", "jupyter"));
            var twins = RunnerProcess.Run("twins", Path.Combine(Fixtures.RepositoryRoot, "notebooks"), "--edition", "student", "--out", Path.Combine(state, "notebooks"));
            Assert.True(twins.ExitCode == 0, twins.Errors);

            var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in new[] { Path.Combine(Fixtures.RepositoryRoot, "deploy", "jupyterhub", "load_test.py"), "--students", "3", "--prepared", state })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            bool ended = process.WaitForExit(TimeSpan.FromMinutes(10));
            if (!ended) process.Kill(entireProcessTree: true);
            string log = File.Exists(Path.Combine(state, "hub.log")) ? File.ReadAllText(Path.Combine(state, "hub.log")) : "";
            string said = $"{output.Result}\n{errors.Result}\n--- hub log (end) ---\n{(log.Length > 4000 ? log[^4000..] : log)}";
            Assert.True(ended && process.ExitCode == 0, said);
            Assert.Contains("every check passing: 3 of 3", said);

            // Each student worked in a copy of their own (the student edition: no model solutions) with a private temporary folder.
            foreach (string student in new[] { "student01", "student02", "student03" })
            {
                string home = Path.Combine(state, "students", student);
                string notebook = File.ReadAllText(Path.Combine(home, "smenotebooks", "notebooks", "01-sonora-innovation-internationalization.ipynb"));
                Assert.DoesNotContain("// solution", notebook);
                Assert.Contains("SonoraExercises.Exercise1", notebook);
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(home, ".smenotebooks-tmp")));
            }
        }
        finally { Directory.Delete(state, recursive: true); }
    }
}
