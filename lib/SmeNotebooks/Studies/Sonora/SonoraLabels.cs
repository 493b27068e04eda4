using SmeNotebooks.Localization;
using SmeNotebooks.Survey;

namespace SmeNotebooks.Studies.Sonora;

/// <summary>
/// The Sonora study's categories as the reader sees them, in the reader's language, indexed by the code the paper
/// enters in the model (size 0 micro, 1 small, 2 medium; capabilities 0 low, 1 average, 2 high; activity 0
/// metalworking, 1 information technology). The data keep their English labels (<c>size_label</c>, …: "small",
/// "IT"), which <see cref="Labels"/> translates for charts and tables ("pequeña", "TI").
/// </summary>
public static class SonoraLabels
{
    /// <summary>The data's labels in the reader's language (see <see cref="DataLabels"/>).</summary>
    public static DataLabels Labels { get; } = SonoraStudy.About.Labels;

    /// <summary>Micro, small, medium (codes 0, 1, 2).</summary>
    public static IReadOnlyList<string> Sizes => [.. new[] { SizeClass.Micro, SizeClass.Small, SizeClass.Medium }.Select(s => Labels.ForReader(s.ToString().ToLowerInvariant()))];

    /// <summary>The activities' abbreviations, MM and IT (codes 0, 1): "TI" for a Spanish reader.</summary>
    public static IReadOnlyList<string> Activities => [Labels.ForReader("MM"), Labels.ForReader("IT")];

    /// <summary>Low, average, high capabilities (codes 0, 1, 2; <see cref="Capinno.Levels"/>).</summary>
    public static IReadOnlyList<string> CapabilityLevels => [.. Capinno.Levels.Names.Select(Labels.ForReader)];
}
