using SmeNotebooks.Numerics;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// Hosmer-Lemeshow goodness-of-fit test: cases sorted by fitted probability are split into about g groups of
/// equal size ("deciles of risk"), keeping cases with tied probabilities together as SPSS does;
/// C = Σ_groups [(O₁−E₁)²/E₁ + (O₀−E₀)²/E₀] is referred to χ² on (groups − 2) df
/// (Hosmer, Lemeshow and Sturdivant, Applied Logistic Regression, 3rd ed., §5.2.2).
/// </summary>
/// <param name="Groups">The groups, in increasing order of risk.</param>
public sealed record HosmerLemeshowTest(IReadOnlyList<HosmerLemeshowGroup> Groups)
{
    /// <summary>The Hosmer-Lemeshow statistic C.</summary>
    public double ChiSquare => Groups.Sum(g =>
        Term(g.ObservedEvents, g.ExpectedEvents) + Term(g.ObservedNonEvents, g.ExpectedNonEvents));

    /// <summary>Degrees of freedom: number of groups − 2.</summary>
    public int DegreesOfFreedom => Groups.Count - 2;

    /// <summary>P(χ²_df ≥ C).</summary>
    public double PValue => Tails.ChiSquare(ChiSquare, DegreesOfFreedom);

    private static double Term(double observed, double expected) =>
        expected > 0 ? (observed - expected) * (observed - expected) / expected : 0.0;

    /// <summary>Groups cases into about <paramref name="groups"/> risk groups, ties kept together, and builds the test.</summary>
    internal static HosmerLemeshowTest Compute(IReadOnlyList<double> fitted, IReadOnlyList<double> outcome, int groups)
    {
        if (groups < 3) throw new ArgumentOutOfRangeException(nameof(groups), groups, Strings.Error_HosmerLemeshowMinGroups);
        int n = fitted.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => fitted[i]).ToArray();
        var result = new List<HosmerLemeshowGroup>();
        int start = 0;
        for (int g = 1; g <= groups && start < n; g++)
        {
            int end = g == groups ? n : (int)Math.Round((double)n * g / groups, MidpointRounding.AwayFromZero);
            end = Math.Max(end, start + 1);
            while (end < n && fitted[order[end]] == fitted[order[end - 1]]) end++;
            int size = end - start, events = 0;
            double expected = 0;
            for (int m = start; m < end; m++) { events += outcome[order[m]] == 1 ? 1 : 0; expected += fitted[order[m]]; }
            result.Add(new HosmerLemeshowGroup(size, events, expected));
            start = end;
        }
        if (result.Count < 3)
            throw new InvalidOperationException(Localized.Format(Strings.Error_HosmerLemeshowGroups, result.Count));
        return new HosmerLemeshowTest(result);
    }
}
