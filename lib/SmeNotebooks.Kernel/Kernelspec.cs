using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmeNotebooks.Kernel;

/// <summary>
/// Installs the kernelspec Jupyter front ends look for (Jupyter client docs, "Kernel specs"): a folder
/// <c>kernels/smenotebooks-csharp</c> in the user's Jupyter data folder (<c>$JUPYTER_DATA_DIR</c>, else
/// <c>~/.local/share/jupyter</c> on Linux, <c>~/Library/Jupyter</c> on macOS, <c>%APPDATA%\jupyter</c> on Windows)
/// holding <c>kernel.json</c> — an absolute argv with <c>{connection_file}</c>, display name, language C#,
/// <c>interrupt_mode: "message"</c> — and 32 and 64 px logos. Needs no Jupyter installation.
/// </summary>
internal static class Kernelspec
{
    /// <summary>The name front ends show.</summary>
    public const string DisplayName = SmeNotebooks.Runner.Rendering.IpynbWriter.KernelDisplayName;

    /// <summary>Writes the kernelspec (replacing an earlier one) and returns its folder.</summary>
    public static string Install(string? prefix)
    {
        string folder = Folder(prefix);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "kernel.json"), KernelJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        File.WriteAllBytes(Path.Combine(folder, "logo-32x32.png"), Logo.Png(32));
        File.WriteAllBytes(Path.Combine(folder, "logo-64x64.png"), Logo.Png(64));
        return folder;
    }

    /// <summary>Removes the kernelspec; returns the folder removed, or null when there was none.</summary>
    public static string? Uninstall(string? prefix)
    {
        string folder = Folder(prefix);
        if (!Directory.Exists(folder)) return null;
        Directory.Delete(folder, recursive: true);
        return folder;
    }

    /// <summary>kernel.json for this installation: the running executable, or the dotnet host and this dll.</summary>
    public static JsonObject KernelJson()
    {
        string? host = Environment.ProcessPath;
        return KernelJson(host is not null && Path.GetFileNameWithoutExtension(host) != "dotnet"
            ? [host]
            : [host ?? "dotnet", typeof(Kernelspec).Assembly.Location]);
    }

    /// <summary>kernel.json: how Jupyter starts this kernel — <paramref name="command"/>, then <c>run {connection_file}</c>.</summary>
    public static JsonObject KernelJson(IEnumerable<string> command)
    {
        var argv = new JsonArray();
        foreach (string part in command.Append("run").Append("{connection_file}")) argv.Add(part);
        return new JsonObject
        {
            ["argv"] = argv,
            ["display_name"] = DisplayName,
            ["language"] = "C#",
            ["interrupt_mode"] = "message",
            ["env"] = new JsonObject { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
    }

    private static string Folder(string? prefix) => Path.Combine(prefix is null ? DataFolder() : Path.Combine(prefix, "share", "jupyter"), "kernels", JupyterKernel.Name);

    /// <summary>The user's Jupyter data folder, as jupyter_core computes it.</summary>
    public static string DataFolder()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } configured) return configured;
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows()) return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Jupyter");
        string? xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }
}
