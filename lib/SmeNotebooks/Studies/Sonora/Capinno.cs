using SmeNotebooks.Survey;

namespace SmeNotebooks.Studies.Sonora;

/// <summary>
/// CAPINNO, the Sonora study's index of innovation capability: a composite index of its survey items
/// (<see cref="Scaling.CompositeIndex"/>) cut into three levels.
/// </summary>
public static class Capinno
{
    /// <summary>
    /// The CAPINNO levels (the Sonora paper, §4): "0 to 0.33 low, 0.34 to 0.66 intermediate, 0.67-1.00 high".
    /// The printed ranges leave gaps (0.33-0.34, 0.66-0.67); reading them at the two printed decimals,
    /// the cut points are 0.335 and 0.665 (a score that rounds to 0.33 is low, to 0.34 average).
    /// Codes 0, 1, 2 as the paper enters capinno in the model.
    /// </summary>
    public static LevelScheme Levels { get; } = new(["low", "average", "high"], [0.335, 0.665]);
}
