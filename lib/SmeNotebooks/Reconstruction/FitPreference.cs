namespace SmeNotebooks.Reconstruction;

/// <summary>
/// Ranks reconstructed tables by (largest |B or S.E. error|, <see cref="Plausibility"/>): tables within the fit bar
/// come before those outside it; within it they fit equally well, so the more plausible comes first, then the
/// smaller error; outside it, the smaller error comes first.
/// </summary>
/// <param name="Tolerance">The fit bar (<see cref="SearchSettings.Tolerance"/>).</param>
public sealed record FitPreference(double Tolerance) : IComparer<(double Error, Plausibility Plausibility)>
{
    /// <summary>Negative when <paramref name="a"/> is preferred to <paramref name="b"/>.</summary>
    public int Compare((double Error, Plausibility Plausibility) a, (double Error, Plausibility Plausibility) b)
    {
        bool aWithin = a.Error <= Tolerance, bWithin = b.Error <= Tolerance;
        if (aWithin != bWithin) return aWithin ? -1 : 1;
        if (aWithin && a.Plausibility.CompareTo(b.Plausibility) is var byPlausibility && byPlausibility != 0) return byPlausibility;
        return a.Error.CompareTo(b.Error);
    }
}
