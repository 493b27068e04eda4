using SmeNotebooks.Localization;

namespace SmeNotebooks.Survey;

/// <summary>
/// Cuts a score into ordered levels at upper bounds: a score below <c>UpperBounds[j]</c> (and not below the
/// previous bound) gets level j; scores at or above the last bound get the last level.
/// </summary>
/// <param name="Names">Level names, lowest first (one more than the bounds).</param>
/// <param name="UpperBounds">Increasing cut points.</param>
public sealed record LevelScheme(IReadOnlyList<string> Names, IReadOnlyList<double> UpperBounds)
{
    /// <summary>The level code (0 = lowest) of <paramref name="score"/>.</summary>
    public int Code(double score)
    {
        if (!double.IsFinite(score)) throw new ArgumentException(Localized.Format(Strings.Error_NoLevelFor, score));
        if (Names.Count != UpperBounds.Count + 1) throw new InvalidOperationException(Strings.Error_LevelNames);
        int level = 0;
        while (level < UpperBounds.Count && score >= UpperBounds[level]) level++;
        return level;
    }

    /// <summary>The level name of <paramref name="score"/>.</summary>
    public string Name(double score) => Names[Code(score)];
}
