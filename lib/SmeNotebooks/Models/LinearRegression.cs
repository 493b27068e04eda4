using Microsoft.Data.Analysis;
using SmeNotebooks.Numerics;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// Ordinary least squares, β̂ = (XᵀX)⁻¹Xᵀy, solved by Householder QR (numerically safer than the normal equations).
/// With <c>intercept: false</c> the model goes through the origin and R² is the uncentered R² = 1 − RSS/Σy²,
/// which is what SPSS (REGRESSION /ORIGIN) and R (lm(y ~ 0 + x)) print; it is not comparable with the centered
/// R² of a model with a constant, and is usually much larger.
/// </summary>
public static class LinearRegression
{
    /// <summary>Fits <paramref name="outcome"/> on <paramref name="predictors"/> from a DataFrame; nulls are deleted listwise.</summary>
    public static LinearFit Fit(DataFrame data, string outcome, string[] predictors, bool intercept = true)
    {
        var model = ModelData.From(data, outcome, predictors, dropNonFinite: false);
        return model.Explained(() => Fit(model.Rows, model.Outcome, predictors, intercept, outcome, model.Excluded));
    }

    /// <summary>Fits on arrays: <paramref name="rows"/>[i][j] is predictor j of case i.</summary>
    public static LinearFit Fit(double[][] rows, double[] outcome, string[] names, bool intercept = true) =>
        Fit(rows, outcome, names, intercept, "outcome", 0);

    internal static LinearFit Fit(double[][] rows, double[] y, string[] names, bool intercept, string outcome, int excluded)
    {
        if (rows.Length != y.Length) throw new DataValidationException(Localized.Format(Strings.Error_RowsOutcomes, rows.Length, y.Length));
        int k = names.Length, p = k + (intercept ? 1 : 0), n = rows.Length;
        if (n <= p) throw new DataValidationException(Localized.Format(Strings.Error_TooFewCases, n, p));
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(y[i])) throw new DataValidationException(Localized.Format(Strings.Error_NonFiniteOutcome, outcome, y[i], i), outcome);
            if (rows[i].Length != k) throw new DataValidationException(Localized.Format(Strings.Error_RowLength, i, rows[i].Length, k));
            for (int j = 0; j < k; j++)
                if (!double.IsFinite(rows[i][j])) throw new DataValidationException(Localized.Format(Strings.Error_NonFinitePredictorShort, names[j], rows[i][j], i), names[j]);
        }
        var columns = new double[p][];
        for (int j = 0; j < p; j++) columns[j] = new double[n];
        for (int i = 0; i < n; i++)
        {
            var row = rows[i];
            for (int j = 0; j < k; j++) columns[j][i] = row[j];
        }
        var termNames = names.ToList();
        if (intercept) { Array.Fill(columns[k], 1.0); termNames.Add(ModelTerms.Constant); }
        // Factor in R's order (constant first) so rank is judged as lm judges it; coefficients return to the given order.
        var order = DesignDiagnostics.ConstantFirst(termNames);
        var qr = new HouseholderQr(order.Select(j => columns[j]).ToArray());
        if (qr.FirstDependentColumn >= 0) throw DesignDiagnostics.Explain(columns, termNames);
        var solved = qr.Solve(y);
        var solvedInverse = qr.InverseCrossProduct();
        var beta = new double[p];
        var inverse = new double[p, p];
        for (int a = 0; a < p; a++)
        {
            beta[order[a]] = solved[a];
            for (int b = 0; b < p; b++) inverse[order[a], order[b]] = solvedInverse[a, b];
        }
        return new LinearFit(outcome, names, termNames, intercept, columns, y, beta, inverse, excluded);
    }
}
