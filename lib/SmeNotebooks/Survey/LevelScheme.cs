namespace SmeNotebooks.Survey;

/// <summary>
/// Cuts a score into ordered levels at upper bounds: a score below <c>UpperBounds[j]</c> (and not below the
/// previous bound) gets level j; scores at or above the last bound get the last level.
/// </summary>
/// <param name="Names">Level names, lowest first (one more than the bounds).</param>
/// <param name="UpperBounds">Increasing cut points.</param>
public sealed record LevelScheme(IReadOnlyList<string> Names, IReadOnlyList<double> UpperBounds)
{
    /// <summary>
    /// The Sonora CAPINNO levels (seed 000, §4): "0 to 0.33 low, 0.34 to 0.66 intermediate, 0.67-1.00 high".
    /// The printed ranges leave gaps (0.33-0.34, 0.66-0.67); reading them at the two printed decimals,
    /// the cut points are 0.335 and 0.665 (a score that rounds to 0.33 is low, to 0.34 average).
    /// Codes 0, 1, 2 as the paper enters capinno in the model.
    /// </summary>
    public static LevelScheme SonoraCapinno { get; } = new(["low", "average", "high"], [0.335, 0.665]);

    /// <summary>The level code (0 = lowest) of <paramref name="score"/>.</summary>
    public int Code(double score)
    {
        if (!double.IsFinite(score)) throw new ArgumentException($"Cannot assign a level to {score}.");
        if (Names.Count != UpperBounds.Count + 1) throw new InvalidOperationException("A level scheme needs one more name than cut points.");
        int level = 0;
        while (level < UpperBounds.Count && score >= UpperBounds[level]) level++;
        return level;
    }

    /// <summary>The level name of <paramref name="score"/>.</summary>
    public string Name(double score) => Names[Code(score)];
}
