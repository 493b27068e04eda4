using SmeNotebooks.Exercises;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>The Jalisco notebook's checkable exercises, each solved from the paper's tables in <c>data/jalisco/</c>.</summary>
public static class JaliscoExercises
{
    /// <summary>
    /// Exercise 1, two questions: the firm with the most SWOT items in Tabla 2 (a letter, A to E), and the quadrant in
    /// which it has the most (in any of the collection's languages; every quadrant tied for the most is right).
    /// </summary>
    public static Exercise Exercise1(string dataFolder)
    {
        var (firms, counts) = Swot.Count(JaliscoData.Load(dataFolder, "table2-swot.csv"));
        var quadrants = Enumerable.Range(0, Swot.Quadrants.Length);
        int most = Enumerable.Range(0, firms.Length).MaxBy(f => quadrants.Sum(q => counts[f, q]));
        int top = quadrants.Max(q => counts[most, q]);
        return Exercise.OneOfEach(1, JaliscoStrings.Exercise1_Hint, [firms[most]],
            [.. quadrants.Where(q => counts[most, q] == top).SelectMany(q => Languages.InEvery(JaliscoStrings.ResourceManager, "Quadrant_" + Swot.Quadrants[q]))]);
    }

    /// <summary>Exercise 2: firm C's monthly profits after the programme on a base of 100,000 pesos: 100,000·(1 + p/100). Tolerance 1 peso.</summary>
    public static Exercise Exercise2(string dataFolder) =>
        Exercise.Numeric(2, 100_000 * (1 + FirmC(dataFolder) / 100), 1, JaliscoStrings.Exercise2_Hint);

    /// <summary>Exercise 3: the same if Tabla 3's figure had lost a decimal point (p/10 %). Tolerance 1 peso.</summary>
    public static Exercise Exercise3(string dataFolder) =>
        Exercise.Numeric(3, 100_000 * (1 + FirmC(dataFolder) / 10 / 100), 1, JaliscoStrings.Exercise3_Hint);

    private static double FirmC(string dataFolder) =>
        JaliscoData.Results(dataFolder).Single(r => r.Firm == "C").ProfitIncreasePercent
        ?? throw new InvalidDataException(JaliscoStrings.Error_NoProfitC);
}
