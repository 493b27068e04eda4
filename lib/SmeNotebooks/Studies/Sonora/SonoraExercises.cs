using SmeNotebooks.Data;
using SmeNotebooks.Exercises;

namespace SmeNotebooks.Studies.Sonora;

/// <summary>The Sonora notebook's checkable exercises, each solved from the paper's tables in <c>data/sonora/</c>.</summary>
public static class SonoraExercises
{
    /// <summary>
    /// Exercise 1: the (continuous) capability level at which a medium-sized IT firm reaches P = 0.5 — where the
    /// log-odds are 0: c = −(α + β_activity·1 + β_size·2) / β_capinno. Two decimals: tolerance 0.005.
    /// </summary>
    public static Exercise Exercise1(string dataFolder)
    {
        var equation = SonoraData.PublishedEquation(dataFolder);
        double crossing = -(equation.Constant + equation.Slopes[1] * 1 + equation.Slopes[2] * 2) / equation.Slopes[0];
        return Exercise.Numeric(1, crossing, 0.005, SonoraStrings.Exercise1_Hint);
    }

    /// <summary>
    /// Exercise 2: by the published coefficients, how many of Table 5's 18 profiles have P above the cut value 0.5 —
    /// those with log-odds above 0 (a whole number; the profile printed as 0.50 has P = 0.504).
    /// </summary>
    public static Exercise Exercise2(string dataFolder)
    {
        var equation = SonoraData.PublishedEquation(dataFolder);
        var table5 = SonoraData.Load(dataFolder, "table5-predicted-probabilities.csv");
        int above = Enumerable.Range(0, (int)table5.Rows.Count).Count(r => equation.LogOdds(
            Lookup.Number(table5, "capinno_code", r), Lookup.Number(table5, "activity_code", r), Lookup.Number(table5, "size_code", r)) > 0);
        return Exercise.Numeric(2, above, 0, SonoraStrings.Exercise2_Hint);
    }

    /// <summary>
    /// Exercise 3: the factor by which the odds change from micro (size 0) to medium (size 2), other things equal:
    /// e^(2·β_size). Two decimals: tolerance 0.005.
    /// </summary>
    public static Exercise Exercise3(string dataFolder) =>
        Exercise.Numeric(3, Math.Exp(2 * SonoraData.PublishedEquation(dataFolder).Slopes[2]), 0.005,
            SonoraStrings.Exercise3_Hint);
}
