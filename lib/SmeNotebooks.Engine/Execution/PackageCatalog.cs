using System.Reflection;
using System.Xml.Linq;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// The NuGet packages the runner ships with, and therefore the only ones a notebook's <c>#r "nuget: Name, Version"</c>
/// can ask for: the versions come from the repository's Directory.Packages.props (embedded at build time), the
/// assemblies from the engine's own references. Nothing is ever downloaded.
/// <c>Plotly.NET.Interactive</c> — the kernel extension that displays charts in Polyglot Notebooks — is accepted at
/// <see cref="PlotlyInteractiveVersion"/> and satisfied by the engine's own chart formatter.
/// </summary>
public static class PackageCatalog
{
    /// <summary>The Plotly.NET.Interactive version notebooks reference (matching Plotly.NET 6.0.0).</summary>
    public const string PlotlyInteractiveVersion = "6.0.0";

    private static readonly Dictionary<string, Assembly[]> Assemblies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MathNet.Numerics"] = [typeof(MathNet.Numerics.Control).Assembly],
        ["Microsoft.Data.Analysis"] = [typeof(DataFrame).Assembly],
        ["Plotly.NET"] = [typeof(Plotly.NET.GenericChart).Assembly, typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly],
        ["Plotly.NET.CSharp"] = [typeof(Plotly.NET.CSharp.Chart).Assembly, typeof(Plotly.NET.GenericChart).Assembly, typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly],
        ["Microsoft.DotNet.Interactive.Formatting"] = [typeof(Formatter).Assembly],
    };

    /// <summary>Package name → version, as pinned in Directory.Packages.props.</summary>
    public static IReadOnlyDictionary<string, string> Versions { get; } = LoadVersions();

    private static Dictionary<string, string> LoadVersions()
    {
        using var stream = typeof(PackageCatalog).Assembly.GetManifestResourceStream("Directory.Packages.props")
            ?? throw new InvalidOperationException("The runner was built without Directory.Packages.props.");
        return XDocument.Load(stream).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True for the packages the runner ships (and Plotly.NET.Interactive, which it stands in for).</summary>
    public static bool Ships(string name) =>
        Assemblies.ContainsKey(name) || name.Equals("Plotly.NET.Interactive", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The assemblies for <c>#r "nuget: name, version"</c>, an empty list for Plotly.NET.Interactive, or an
    /// exception saying what the runner has instead.
    /// </summary>
    public static IReadOnlyList<Assembly> Resolve(string name, string? version)
    {
        if (name.Equals("Plotly.NET.Interactive", StringComparison.OrdinalIgnoreCase))
        {
            if (version is not null && version != PlotlyInteractiveVersion)
                throw new InvalidOperationException(Localized.Format(EngineStrings.PlotlyVersion, PlotlyInteractiveVersion, version));
            return [];
        }
        if (!Assemblies.TryGetValue(name, out var assemblies) || !Versions.TryGetValue(name, out var shipped))
            throw new InvalidOperationException(Localized.Format(EngineStrings.NotShipped, name,
                string.Join(", ", Assemblies.Keys.Select(k => $"{k} {Versions.GetValueOrDefault(k)}")) + $", Plotly.NET.Interactive {PlotlyInteractiveVersion}"));
        if (version is null)
            throw new InvalidOperationException(Localized.Format(EngineStrings.NeedsVersion, name, shipped));
        if (version != shipped)
            throw new InvalidOperationException(Localized.Format(EngineStrings.OtherVersion, name, version, shipped));
        return assemblies;
    }
}
