using System.Diagnostics;
using System.Text.Json;

namespace SmeNotebooks.Tests.Support;

/// <summary>
/// The real Jupyter clients from Debian (python3-jupyter-client, python3-jupyter-kernel-test, python3-nbclient) driving
/// the kernel built with these tests. The kernelspec is written to a folder of its own and found through
/// JUPYTER_PATH (both languages), so the tests neither need nor touch the user's installed kernel.
/// </summary>
public static class Jupyter
{
    /// <summary>The Debian packages the kernel tests need.</summary>
    public const string Packages = "python3-jupyter-client python3-jupyter-kernel-test python3-nbclient python3-ipykernel jupyter-notebook jupyter-nbconvert";

    private static readonly Lazy<bool> Available = new(() => Run("-c \"import jupyter_client, jupyter_kernel_test, nbclient\"", TimeSpan.FromSeconds(60)).ExitCode == 0);

    private static readonly Lazy<string> SpecFolder = new(() =>
    {
        string root = Path.Combine(Path.GetTempPath(), $"smenotebooks-jupyter-{Environment.ProcessId}");
        WriteKernelspecs(root);
        Directory.CreateDirectory(Path.Combine(root, "runtime"));
        return root;
    });

    /// <summary>
    /// Writes the kernelspec of every language, starting the kernel built with these tests, into
    /// <paramref name="jupyterFolder"/>/kernels — a folder Jupyter finds through JUPYTER_PATH.
    /// </summary>
    public static void WriteKernelspecs(string jupyterFolder)
    {
        foreach (var kernel in SmeNotebooks.Engine.Execution.KernelIdentity.All)
        {
            string folder = Directory.CreateDirectory(Path.Combine(jupyterFolder, "kernels", kernel.Name)).FullName;
            var spec = SmeNotebooks.Kernel.Kernelspec.KernelJson(kernel, ["dotnet", Path.Combine(AppContext.BaseDirectory, "SmeNotebooks.Kernel.dll")]);
            File.WriteAllText(Path.Combine(folder, "kernel.json"), spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }

    /// <summary>Why a kernel test cannot run here, or null (also null when skipping is forbidden: it then fails).</summary>
    public static string? SkipReason =>
        Available.Value || ExternalTool.Required
            ? null
            : $"the Jupyter clients are not installed for /usr/bin/python3 (apt-get install {Packages}); set {ExternalTool.RequireVariable}=1 to make this a failure.";

    /// <summary>Runs a Python script from Fixtures/Kernel with the kernelspec on JUPYTER_PATH; returns its exit code and output.</summary>
    public static (int ExitCode, string Output) Script(string file, TimeSpan timeout, params string[] arguments) =>
        Run($"-u \"{Path.Combine(Fixtures.Folder("Kernel"), file)}\" {string.Join(" ", arguments.Select(a => $"\"{a}\""))}", timeout);

    private static (int ExitCode, string Output) Run(string arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("/usr/bin/python3", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(Fixtures.RepositoryRoot, "notebooks"),
        };
        if (SpecFolder.IsValueCreated || !arguments.StartsWith("-c", StringComparison.Ordinal))
        {
            start.Environment["JUPYTER_PATH"] = SpecFolder.Value;
            start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(SpecFolder.Value, "runtime");
        }
        start.Environment["SMENOTEBOOKS_REPOSITORY"] = Fixtures.RepositoryRoot;
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"timed out after {timeout.TotalSeconds:0} s\n{output.Result}\n{errors.Result}");
            }
            return (process.ExitCode, output.Result + errors.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, $"/usr/bin/python3 could not start: {ex.Message}");
        }
    }
}

/// <summary>A fact that needs the Jupyter clients.</summary>
public sealed class RequiresJupyterFactAttribute : FactAttribute
{
    public RequiresJupyterFactAttribute() => Skip = Jupyter.SkipReason;
}

/// <summary>A fact that needs headless Chromium and the Jupyter clients (nbformat, to validate what a page saves).</summary>
public sealed class RequiresChromiumAndJupyterFactAttribute : FactAttribute
{
    public RequiresChromiumAndJupyterFactAttribute() => Skip = ExternalTool.SkipReason("chromium", "chromium") ?? Jupyter.SkipReason;
}
