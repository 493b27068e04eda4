using System.Reflection;
using System.Text.RegularExpressions;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// The .NET Interactive directives of a C# cell, taken out before Roslyn sees the code (each replaced by an empty
/// line, so compiler line numbers still match the cell): <c>#r "nuget: Name, Version"</c> (satisfied offline),
/// <c>#r "path.dll"</c> (SmeNotebooks.dll is the library the runner was built with), <c>#i</c> (ignored with a
/// note) and <c>#!time</c> (report the cell's wall time).
/// </summary>
/// <param name="Code">The cell with directive lines blanked.</param>
/// <param name="References">Assemblies the cell adds.</param>
/// <param name="ReferencePaths">Other assemblies referenced by path (resolved against the notebook folder).</param>
/// <param name="Notes">What the runner did about directives (shown under the cell).</param>
/// <param name="Time">Whether the cell asked for #!time.</param>
public sealed partial record CellDirectives(string Code, IReadOnlyList<Assembly> References, IReadOnlyList<string> ReferencePaths, IReadOnlyList<string> Notes, bool Time)
{
    /// <summary>
    /// Reads the directives of <paramref name="source"/>; paths resolve against <paramref name="folder"/>. A package
    /// the collection does not ship goes to <paramref name="restore"/> (name, version → assembly paths) when a live
    /// host supplies one; the runner supplies none and stays offline.
    /// </summary>
    /// <exception cref="DirectiveException">A package or file that cannot be supplied, with its line.</exception>
    public static CellDirectives Parse(string source, string folder, Func<string, string?, IReadOnlyList<string>>? restore = null)
    {
        var lines = source.Split('\n');
        var references = new List<Assembly>();
        var paths = new List<string>();
        var notes = new List<string>();
        bool time = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            Match m;
            if ((m = NugetReference().Match(line)).Success)
            {
                string name = m.Groups["name"].Value.Trim();
                string? version = m.Groups["version"].Success ? m.Groups["version"].Value.Trim() : null;
                try
                {
                    if (restore is not null && !PackageCatalog.Ships(name)) paths.AddRange(restore(name, version));
                    else references.AddRange(PackageCatalog.Resolve(name, version));
                }
                catch (InvalidOperationException ex) { throw new DirectiveException(i + 1, ex.Message); }
                if (name.Equals("Plotly.NET.Interactive", StringComparison.OrdinalIgnoreCase))
                    notes.Add(Localized.Format(EngineStrings.PlotlyInteractiveNote, name, version));
            }
            else if ((m = FileReference().Match(line)).Success)
            {
                string path = m.Groups["path"].Value;
                if (Path.GetFileName(path).Equals("SmeNotebooks.dll", StringComparison.OrdinalIgnoreCase))
                    references.Add(typeof(SmeNotebooks.Models.LogisticRegression).Assembly);
                else
                {
                    string full = Path.GetFullPath(Path.Combine(folder, path));
                    if (!File.Exists(full)) throw new DirectiveException(i + 1, Localized.Format(EngineStrings.NoSuchFile, path, full));
                    paths.Add(full);
                }
            }
            else if (line.StartsWith("#i ", StringComparison.Ordinal) || line == "#i")
                notes.Add(Localized.Format(EngineStrings.SourceIgnored, line));
            else if (line == "#!time") time = true;
            else continue;
            lines[i] = "";
        }
        return new CellDirectives(string.Join('\n', lines), references, paths, notes, time);
    }

    [GeneratedRegex("^#r\\s+\"nuget:\\s*(?<name>[^,\"]+)(,\\s*(?<version>[^\"]+))?\"\\s*$")]
    private static partial Regex NugetReference();

    [GeneratedRegex("^#r\\s+\"(?<path>[^\"]+\\.dll)\"\\s*$")]
    private static partial Regex FileReference();
}
