namespace SmeNotebooks.Reconstruction;

/// <summary>
/// A reconstructed data set of categorical predictors, as counts per covariate pattern: <see cref="Counts"/>[c]
/// cases in cell c, <see cref="Events"/>[c] of them with outcome 1. SYNTHETIC: chosen by a search to agree with
/// published statistics, not observed.
/// </summary>
/// <param name="Target">What the table was searched to reproduce.</param>
/// <param name="Counts">Cases per cell.</param>
/// <param name="Events">Cases with outcome 1 per cell.</param>
public sealed record CellTable(PublishedLogit Target, IReadOnlyList<int> Counts, IReadOnlyList<int> Events)
{
    /// <summary>The table as individual cases: predictor rows and outcomes, cell by cell, events first within a cell.</summary>
    public (double[][] Rows, double[] Outcome) Cases()
    {
        var rows = new List<double[]>();
        var outcome = new List<double>();
        for (int c = 0; c < Counts.Count; c++)
            for (int i = 0; i < Counts[c]; i++)
            {
                rows.Add((double[])Target.Cells[c].Clone());
                outcome.Add(i < Events[c] ? 1 : 0);
            }
        return (rows.ToArray(), outcome.ToArray());
    }

    /// <summary>Refits the logistic regression on <see cref="Cases"/>.</summary>
    public Models.LogisticFit Refit()
    {
        var (rows, outcome) = Cases();
        return Models.LogisticRegression.Fit(rows, outcome, Target.Predictors.ToArray());
    }

    /// <summary>The largest |B − published B| and |S.E. − published S.E.| of the refit, over all coefficients.</summary>
    public double MaxAbsoluteError()
    {
        var fit = Refit();
        return LogitReconstruction.MaxError(Target, fit.Coefficients.Select(c => c.Estimate).ToArray(), fit.Coefficients.Select(c => c.StdError).ToArray());
    }
}
