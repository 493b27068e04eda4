using System.Diagnostics;

namespace SmeNotebooks.Runner.Grading;

/// <summary>
/// Where a student's notebook runs: a bubblewrap sandbox (Debian's <c>bubblewrap</c>) with no network and new
/// process, user and IPC namespaces; the system's <c>/usr</c>, the .NET host and the runner read-only; the
/// collection's <c>data/</c> and <c>lib/</c> read-only at <c>/grade/data</c> and <c>/grade/lib</c>; a private
/// writable scratch folder at <c>/grade/notebooks</c> and an empty <c>/tmp</c> — nothing else of the machine (no
/// home folder, no other submission). Limits: at most <see cref="Processes"/> processes and threads (a fork bomb
/// stops there), <see cref="AddressSpace"/> of address space and a garbage-collected heap of <see cref="Heap"/> (an
/// allocation beyond it is an OutOfMemoryException in the cell); the grader kills the whole sandbox at the notebook's
/// time limit. The process limit (RLIMIT_NPROC) counts every process of the user a sandbox runs as, so a grader that
/// is root runs each sandbox as a user of its own (<see cref="FirstUser"/> onwards, in the group nogroup): one
/// student's fork bomb never starves a neighbour of threads. A grader that is not root cannot change user; its
/// sandboxes share its user, and the limit is what that user runs now plus <see cref="Processes"/> for each sandbox
/// that may run beside it — a fork bomb is still stopped, but may hold up its neighbours until its time limit.
/// </summary>
/// <param name="Collection">The collection whose data and library the notebook reads.</param>
/// <param name="Scratch">The host folder seen as <c>/grade/notebooks</c>: the notebook, its result, its files.</param>
public sealed record Sandbox(string Collection, string Scratch)
{
    /// <summary>Processes and threads a sandbox may have (RLIMIT_NPROC, counted for the user it runs as).</summary>
    public const int Processes = 256;

    /// <summary>The first user id sandboxes run as when the grader is root (each sandbox the next one; ids no account uses).</summary>
    public const int FirstUser = 2_000_000_000;

    private static int s_started;

    /// <summary>The address space of each process in it (RLIMIT_AS), bytes.</summary>
    public const long AddressSpace = 8L << 30;

    /// <summary>The .NET heap limit (DOTNET_GCHeapHardLimit), bytes.</summary>
    public const long Heap = 2L << 30;

    /// <summary>The scratch folder as the notebook sees it.</summary>
    public const string Inside = "/grade/notebooks";

    /// <summary>The bubblewrap program, or null when this machine has none that works (then grading needs --unsafe).</summary>
    public static string? Program { get; } = Find();

    /// <summary>The path inside the sandbox of <paramref name="file"/>, a file in <see cref="Scratch"/>.</summary>
    public string PathOf(string file) => Inside + "/" + Path.GetRelativePath(Scratch, file).Replace('\\', '/');

    /// <summary>
    /// The start of <paramref name="program"/> with <paramref name="arguments"/> inside the sandbox; <paramref name="readOnly"/>
    /// are more host folders it needs to read (the .NET host's and the runner's), seen at the same paths.
    /// </summary>
    public ProcessStartInfo Start(string program, IEnumerable<string> arguments, IEnumerable<string> readOnly)
    {
        var start = new ProcessStartInfo { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        var line = new List<string>();
        int processes = Processes;
        if (Environment.IsPrivilegedProcess)
        {
            string user = (FirstUser + Interlocked.Increment(ref s_started)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            line.AddRange(["setpriv", "--reuid", user, "--regid", "65534", "--clear-groups"]);
        }
        else processes = TasksOfThisUser() + Processes * Environment.ProcessorCount;
        line.AddRange(["prlimit", $"--nproc={processes}", $"--as={AddressSpace}", "--", Program!,
            "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin",
            "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]);
        foreach (string folder in readOnly.Select(Path.GetFullPath).Distinct().Where(f => !f.StartsWith("/usr/", StringComparison.Ordinal)))
            line.AddRange(["--ro-bind", folder, folder]);
        line.AddRange(["--ro-bind", Path.GetFullPath(Path.Combine(Collection, "data")), "/grade/data",
            "--ro-bind", Path.GetFullPath(Path.Combine(Collection, "lib")), "/grade/lib",
            "--bind", Path.GetFullPath(Scratch), Inside, "--chdir", Inside,
            "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
            "--setenv", "PATH", "/usr/bin", "--setenv", "HOME", Inside, "--setenv", "DOTNET_CLI_TELEMETRY_OPTOUT", "1",
            "--setenv", "DOTNET_GCHeapHardLimit", "0x" + Heap.ToString("x", System.Globalization.CultureInfo.InvariantCulture), program]);
        line.AddRange(arguments);
        start.FileName = line[0];
        foreach (string argument in line.Skip(1)) start.ArgumentList.Add(argument);
        return start;
    }

    /// <summary>Makes <see cref="Scratch"/> writable for the sandbox's user and its parents passable, not listable.</summary>
    public void Prepare()
    {
        Directory.CreateDirectory(Scratch);
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(Scratch, (UnixFileMode)0b111_111_111);
        for (var parent = Directory.GetParent(Path.GetFullPath(Scratch)); parent is not null && parent.FullName.StartsWith(Path.GetTempPath(), StringComparison.Ordinal)
             && parent.FullName.TrimEnd('/') != Path.GetTempPath().TrimEnd('/'); parent = parent.Parent)
            File.SetUnixFileMode(parent.FullName, (UnixFileMode)0b111_001_001);
    }

    /// <summary>The processes and threads the grader's user runs now (what RLIMIT_NPROC counts), from <c>/proc</c>.</summary>
    private static int TasksOfThisUser()
    {
        int tasks = 0;
        foreach (string process in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var status = File.ReadLines(Path.Combine(process, "status")).ToArray();
                string? uid = status.FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
                if (uid == OwnUid.Value) tasks += int.Parse(status.First(l => l.StartsWith("Threads:", StringComparison.Ordinal))["Threads:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException) { }
        }
        return tasks;
    }

    /// <summary>The grader's real user id, as <c>/proc/self/status</c> gives it.</summary>
    private static readonly Lazy<string> OwnUid = new(() => File.ReadLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1]);

    private static string? Find()
    {
        if (!OperatingSystem.IsLinux()) return null;
        string? bwrap = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "bwrap")).FirstOrDefault(File.Exists);
        if (bwrap is null) return null;
        try
        {
            var probe = new ProcessStartInfo(bwrap) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (string argument in new[] { "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--unshare-all", "--die-with-parent", "/usr/bin/true" })
                probe.ArgumentList.Add(argument);
            using var process = Process.Start(probe)!;
            return process.WaitForExit(10_000) && process.ExitCode == 0 ? bwrap : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
    }
}
