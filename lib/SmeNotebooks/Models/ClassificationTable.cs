namespace SmeNotebooks.Models;

/// <summary>
/// SPSS's "Classification Table": observed outcome against the class predicted at a cut value. A case is
/// predicted 1 when its fitted probability exceeds the cut value (SPSS: "cases with predicted values that exceed
/// the classification cutoff are classified as positive").
/// </summary>
/// <param name="Cutoff">The cut value (SPSS default 0.5).</param>
/// <param name="TrueNegatives">Observed 0, predicted 0.</param>
/// <param name="FalsePositives">Observed 0, predicted 1.</param>
/// <param name="FalseNegatives">Observed 1, predicted 0.</param>
/// <param name="TruePositives">Observed 1, predicted 1.</param>
public sealed record ClassificationTable(double Cutoff, int TrueNegatives, int FalsePositives, int FalseNegatives, int TruePositives)
{
    /// <summary>Cases classified.</summary>
    public int Total => TrueNegatives + FalsePositives + FalseNegatives + TruePositives;

    /// <summary>Specificity, TN / (TN + FP): the share of observed 0s predicted 0 ("Percentage Correct" of the No row, as a fraction).</summary>
    public double Specificity => (double)TrueNegatives / (TrueNegatives + FalsePositives);

    /// <summary>Sensitivity, TP / (TP + FN): the share of observed 1s predicted 1.</summary>
    public double Sensitivity => (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Overall share correct, (TN + TP) / total (SPSS's "Overall Percentage", as a fraction).</summary>
    public double OverallCorrect => (double)(TrueNegatives + TruePositives) / Total;
}
