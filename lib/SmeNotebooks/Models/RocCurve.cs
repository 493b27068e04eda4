using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// The receiver operating characteristic of fitted probabilities against observed 0/1 outcomes, and its area
/// AUC = P(p̂ of a random 1 &gt; p̂ of a random 0) + ½·P(tie) — the Mann-Whitney form, which is what SPSS's ROC
/// procedure reports (Hanley and McNeil, 1982).
/// </summary>
/// <param name="Points">From threshold +∞ (nothing positive) down to the smallest fitted probability.</param>
/// <param name="Auc">Area under the curve.</param>
public sealed record RocCurve(IReadOnlyList<RocPoint> Points, double Auc)
{
    /// <summary>Builds the curve of <paramref name="fitted"/> against <paramref name="observed"/>.</summary>
    public static RocCurve Of(IReadOnlyList<double> fitted, IReadOnlyList<double> observed)
    {
        int positives = observed.Count(y => y == 1), negatives = observed.Count - positives;
        if (positives == 0 || negatives == 0) throw new ArgumentException(Strings.Error_RocBothOutcomes);
        var points = new List<RocPoint> { new(double.PositiveInfinity, 0, 1) };
        foreach (var threshold in fitted.Distinct().OrderByDescending(t => t))
        {
            int tp = 0, fp = 0;
            for (int i = 0; i < fitted.Count; i++)
                if (fitted[i] >= threshold) { if (observed[i] == 1) tp++; else fp++; }
            points.Add(new RocPoint(threshold, (double)tp / positives, 1 - (double)fp / negatives));
        }
        double pairs = 0;
        for (int i = 0; i < fitted.Count; i++)
            if (observed[i] == 1)
                for (int j = 0; j < fitted.Count; j++)
                    if (observed[j] == 0) pairs += fitted[i] > fitted[j] ? 1 : fitted[i] == fitted[j] ? 0.5 : 0;
        return new RocCurve(points, pairs / ((double)positives * negatives));
    }
}
