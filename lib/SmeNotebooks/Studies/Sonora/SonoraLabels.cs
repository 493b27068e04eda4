namespace SmeNotebooks.Studies.Sonora;

/// <summary>
/// The Sonora study's categories as the reader sees them, in the reader's language, indexed by the code the paper
/// enters in the model (size 0 micro, 1 small, 2 medium; capabilities 0 low, 1 average, 2 high). The data keep their
/// English codes and labels; these are for charts and tables.
/// </summary>
public static class SonoraLabels
{
    /// <summary>Micro, small, medium (codes 0, 1, 2).</summary>
    public static IReadOnlyList<string> Sizes => [SonoraStrings.Size_Micro, SonoraStrings.Size_Small, SonoraStrings.Size_Medium];

    /// <summary>Low, average, high capabilities (codes 0, 1, 2).</summary>
    public static IReadOnlyList<string> CapabilityLevels => [SonoraStrings.Level_Low, SonoraStrings.Level_Average, SonoraStrings.Level_High];
}
