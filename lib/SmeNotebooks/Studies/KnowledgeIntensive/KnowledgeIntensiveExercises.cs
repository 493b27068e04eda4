using SmeNotebooks.Data;
using SmeNotebooks.Exercises;

namespace SmeNotebooks.Studies.KnowledgeIntensive;

/// <summary>The knowledge-intensive notebook's checkable exercises, each solved from the paper's tables in <c>data/knowledge-intensive/</c>.</summary>
public static class KnowledgeIntensiveExercises
{
    /// <summary>
    /// Exercise 1: the percentage rise of the innovation index when X1 doubles, by Table 11's elasticity β₁:
    /// 100·(2^β₁ − 1). One decimal: tolerance 0.05.
    /// </summary>
    public static Exercise Exercise1(string dataFolder)
    {
        double elasticity = Lookup.Number(KnowledgeIntensiveData.Load(dataFolder, "table11-adjusted-model.csv"), "coefficient", ("term", "ln X1"));
        return Exercise.Numeric(1, 100 * (Math.Pow(2, elasticity) - 1), 0.05,
            KnowledgeIntensiveStrings.Exercise1_Hint);
    }

    /// <summary>
    /// Exercise 2: the F that Table 9's R² and four regressors would give with all 127 firms:
    /// F = (R²/k) / ((1 − R²)/(n − k − 1)). Two decimals: tolerance 0.005.
    /// </summary>
    public static Exercise Exercise2(string dataFolder)
    {
        var statistics = KnowledgeIntensiveData.Load(dataFolder, "table9-model-statistics.csv");
        double r2 = Lookup.Number(statistics, "value", ("statistic", "R2"));
        int k = (int)Lookup.Number(statistics, "value", ("statistic", "predictors")), n = (int)Lookup.Number(statistics, "value", ("statistic", "firms_in_sample"));
        return Exercise.Numeric(2, r2 / k / ((1 - r2) / (n - k - 1)), 0.005,
            KnowledgeIntensiveStrings.Exercise2_Hint);
    }

    /// <summary>Exercise 3: Table 9's returns to scale, the sum of its four elasticities. Three decimals: tolerance 0.0005.</summary>
    public static Exercise Exercise3(string dataFolder)
    {
        var table9 = KnowledgeIntensiveData.Load(dataFolder, "table9-exponential-model.csv");
        double sum = new[] { "ln X1", "ln X2", "ln X3", "ln X4" }.Sum(t => Lookup.Number(table9, "coefficient", ("model", "exponential"), ("term", t)));
        return Exercise.Numeric(3, sum, 0.0005, KnowledgeIntensiveStrings.Exercise3_Hint);
    }

    /// <summary>Exercise 4: the odds ratio for a one-unit rise in X3 by Table 10's B, e^B. Four decimals: tolerance 0.00005.</summary>
    public static Exercise Exercise4(string dataFolder) =>
        Exercise.Numeric(4, Math.Exp(Lookup.Number(KnowledgeIntensiveData.Load(dataFolder, "table10-logistic-regression.csv"), "B", ("term", "X3"))), 0.00005,
            KnowledgeIntensiveStrings.Exercise4_Hint);
}
