using System.Diagnostics;
using System.Text.Json;
using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Kernel;

/// <summary>
/// A package the collection does not ship, restored for real as .NET Interactive did: a throwaway project with one
/// PackageReference is restored by <c>dotnet restore</c> through the machine's NuGet configuration into the usual
/// package cache, and the runtime assemblies of the package and its dependencies are read from the restore's
/// <c>project.assets.json</c> (NuGet's lock file: targets → net10.0 → each library's "runtime" items, under the
/// package folders it names). The throwaway project lives in a folder of the user's own (<see cref="Folder"/>). A failure — no such package, no network — names the package and NuGet's reason.
/// </summary>
internal static class PackageRestore
{
    private const string Framework = "net10.0";

    /// <summary>Assembly paths for <paramref name="name"/> at <paramref name="version"/> (a version is required).</summary>
    public static IReadOnlyList<string> Restore(string name, string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
            throw new InvalidOperationException(Localized.Format(EngineStrings.RestoreNeedsVersion, name));
        string folder = Folder(name, version);
        File.WriteAllText(Path.Combine(folder, "restore.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>{Framework}</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
              <ItemGroup><PackageReference Include="{System.Security.SecurityElement.Escape(name)}" Version="[{System.Security.SecurityElement.Escape(version)}]" /></ItemGroup>
            </Project>
            """);
        // Keep the repository's Directory.*.props out of the throwaway project.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        var start = new ProcessStartInfo("dotnet", ["restore", "restore.csproj", "--nologo"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) { process.Kill(true); throw new InvalidOperationException(Localized.Format(EngineStrings.RestoreTooLong, name, version)); }
        if (process.ExitCode != 0)
        {
            string reason = string.Join(" ", output.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Select(l => l.Trim()).Distinct().Take(3));
            throw new InvalidOperationException(Localized.Format(EngineStrings.RestoreFailed, name, version, reason.Length > 0 ? reason : output.Trim()));
        }
        return RuntimeAssemblies(Path.Combine(folder, "obj", "project.assets.json"));
    }

    /// <summary>
    /// Where <paramref name="name"/> at <paramref name="version"/> is restored: under the user's own data folder
    /// (<c>~/.local/share/smenotebooks/packages</c>), created readable by the user alone. Never a shared folder such as
    /// the machine's temporary one: there another user could plant a <c>Directory.Build.targets</c> (code run by the
    /// restore), a <c>nuget.config</c> (NuGet reads every one in the folders above a project) or a symbolic link.
    /// </summary>
    internal static string Folder(string name, string version)
    {
        string data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (data.Length == 0) return Directory.CreateTempSubdirectory("smenotebooks-restore-").FullName;   // no home: a fresh private folder
        string root = Path.Combine(data, "smenotebooks", "packages");
        Private(Path.Combine(data, "smenotebooks"));
        Private(root);
        string folder = Path.Combine(root, string.Concat($"{name}-{version}".Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')));
        Private(folder);
        return folder;
    }

    private static void Private(string folder)
    {
        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        if (OperatingSystem.IsWindows()) { Directory.CreateDirectory(folder); return; }
        var info = Directory.CreateDirectory(folder, owner);
        if (info.LinkTarget is not null) throw new InvalidOperationException($"{folder} is a symbolic link; remove it.");
        File.SetUnixFileMode(folder, owner);
    }

    /// <summary>The runtime assemblies a restore's project.assets.json lists for the target framework.</summary>
    internal static IReadOnlyList<string> RuntimeAssemblies(string assetsFile)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(assetsFile));
        var root = assets.RootElement;
        var folders = root.GetProperty("packageFolders").EnumerateObject().Select(f => f.Name).ToArray();
        var target = root.GetProperty("targets").EnumerateObject().First(t => t.Name.StartsWith(".NETCoreApp", StringComparison.Ordinal) || t.Name == Framework).Value;
        var paths = new List<string>();
        foreach (var library in target.EnumerateObject())
        {
            if (!library.Value.TryGetProperty("runtime", out var runtime)) continue;
            string libraryPath = root.GetProperty("libraries").GetProperty(library.Name).GetProperty("path").GetString()!;
            foreach (var item in runtime.EnumerateObject().Where(i => i.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            {
                string? found = folders.Select(f => Path.Combine(f, libraryPath, item.Name)).FirstOrDefault(File.Exists);
                if (found is not null) paths.Add(found);
            }
        }
        return paths;
    }
}
