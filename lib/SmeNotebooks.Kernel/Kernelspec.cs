using System.Text.Json;
using System.Text.Json.Nodes;
using SmeNotebooks.Engine.Execution;

namespace SmeNotebooks.Kernel;

/// <summary>
/// Installs the kernelspecs Jupyter front ends look for (Jupyter client docs, "Kernel specs"), one per language of
/// the collection (<see cref="KernelIdentity.All"/>): folders <c>kernels/smenotebooks-csharp</c> and
/// <c>kernels/smenotebooks-csharp-es</c> in the user's Jupyter data folder (<c>$JUPYTER_DATA_DIR</c>, else
/// <c>~/.local/share/jupyter</c> on Linux, <c>~/Library/Jupyter</c> on macOS, <c>%APPDATA%\jupyter</c> on Windows)
/// each holding <c>kernel.json</c> — an absolute argv with <c>{connection_file}</c> and <c>--lang</c>, display name, language C#,
/// <c>interrupt_mode: "message"</c> — and 32 and 64 px logos. Needs no Jupyter installation.
/// </summary>
internal static class Kernelspec
{
    /// <summary>Writes the kernelspec of every language (replacing earlier ones) and returns their folders.</summary>
    public static IReadOnlyList<string> Install(string? prefix) => KernelIdentity.All.Select(kernel =>
    {
        string folder = Folder(prefix, kernel);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "kernel.json"), KernelJson(kernel).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        File.WriteAllBytes(Path.Combine(folder, "logo-32x32.png"), Logo.Png(32));
        File.WriteAllBytes(Path.Combine(folder, "logo-64x64.png"), Logo.Png(64));
        return folder;
    }).ToArray();

    /// <summary>Removes the kernelspecs; returns the folders removed (none when none was installed).</summary>
    public static IReadOnlyList<string> Uninstall(string? prefix) => KernelIdentity.All.Select(kernel => Folder(prefix, kernel)).Where(folder =>
    {
        if (!Directory.Exists(folder)) return false;
        Directory.Delete(folder, recursive: true);
        return true;
    }).ToArray();

    /// <summary>kernel.json of <paramref name="kernel"/> for this installation: the running executable, or the dotnet host and this dll.</summary>
    public static JsonObject KernelJson(KernelIdentity kernel)
    {
        string? host = Environment.ProcessPath;
        return KernelJson(kernel, host is not null && Path.GetFileNameWithoutExtension(host) != "dotnet"
            ? [host]
            : [host ?? "dotnet", typeof(Kernelspec).Assembly.Location]);
    }

    /// <summary>kernel.json: how Jupyter starts this kernel — <paramref name="command"/>, then <c>run {connection_file} --lang xx</c>.</summary>
    public static JsonObject KernelJson(KernelIdentity kernel, IEnumerable<string> command)
    {
        var argv = new JsonArray();
        foreach (string part in command.Concat(["run", "{connection_file}", "--lang", kernel.Language])) argv.Add(part);
        return new JsonObject
        {
            ["argv"] = argv,
            ["display_name"] = kernel.DisplayName,
            ["language"] = "C#",
            ["interrupt_mode"] = "message",
            ["env"] = new JsonObject { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
    }

    private static string Folder(string? prefix, KernelIdentity kernel) => Path.Combine(prefix is null ? DataFolder() : Path.Combine(prefix, "share", "jupyter"), "kernels", kernel.Name);

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
