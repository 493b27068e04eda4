namespace SmeNotebooks.Reconstruction;

/// <summary>
/// What a paper printed about a logistic regression on categorical predictors, as the target of a
/// reconstruction: the covariate patterns (cells) the design allows, the coefficients and standard errors,
/// the number of cases and of events, the classification table, and fixed group totals (such as "55 IT firms").
/// </summary>
/// <param name="Predictors">Predictor names, in coefficient order.</param>
/// <param name="Cells">Every admissible covariate pattern: Cells[c][j] is predictor j's value in cell c.</param>
/// <param name="Estimates">Published B for the predictors, then the constant.</param>
/// <param name="StdErrors">Published S.E., same order.</param>
/// <param name="Cases">Total number of cases.</param>
/// <param name="Events">Number of cases with outcome 1.</param>
/// <param name="Groups">Sets of cells whose case counts are fixed (a marginal): cell indexes and the total.</param>
/// <param name="TruePositives">Published events among cases predicted 1 at <paramref name="Cutoff"/>.</param>
/// <param name="PredictedPositives">Published cases predicted 1 (true plus false positives).</param>
/// <param name="Cutoff">The classification cut value.</param>
public sealed record PublishedLogit(
    IReadOnlyList<string> Predictors,
    IReadOnlyList<double[]> Cells,
    IReadOnlyList<double> Estimates,
    IReadOnlyList<double> StdErrors,
    int Cases,
    int Events,
    IReadOnlyList<CellGroup> Groups,
    int TruePositives,
    int PredictedPositives,
    double Cutoff = 0.5);
