using Microsoft.Data.Analysis;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>Fits Cobb-Douglas (log-linear) models: OLS of ln Y on ln Xᵢ.</summary>
public static class CobbDouglas
{
    /// <summary>
    /// Fits ln <paramref name="outcome"/> = a + Σ βᵢ ln Xᵢ. A zero or negative value under a logarithm is an error
    /// naming the column and row count, unless <paramref name="policy"/> is <see cref="NonPositivePolicy.Drop"/>,
    /// in which case those cases are dropped and reported in <see cref="CobbDouglasFit.Dropped"/>.
    /// </summary>
    public static CobbDouglasFit Fit(DataFrame data, string outcome, string[] predictors, bool intercept = true,
        NonPositivePolicy policy = NonPositivePolicy.Throw)
    {
        var model = ModelData.From(data, outcome, predictors, dropNonFinite: false);
        var names = new[] { outcome }.Concat(predictors).ToArray();
        double Value(int row, int column) => column == 0 ? model.Outcome[row] : model.Rows[row][column - 1];
        if (policy == NonPositivePolicy.Throw)
        {
            for (int c = 0; c < names.Length; c++)
            {
                int bad = Enumerable.Range(0, model.Outcome.Length).Count(r => !(Value(r, c) > 0));
                if (bad > 0)
                    throw new DataValidationException(
                        Localized.Format(Strings.Error_NonPositiveLog, names[c], bad, Enumerable.Range(0, model.Outcome.Length).Min(r => Value(r, c))), names[c]);
            }
        }
        var dropped = new Dictionary<string, int>();
        var rows = new List<double[]>();
        var y = new List<double>();
        for (int r = 0; r < model.Outcome.Length; r++)
        {
            int firstBad = Enumerable.Range(0, names.Length).FirstOrDefault(c => !(Value(r, c) > 0), -1);
            if (firstBad >= 0) { dropped[names[firstBad]] = dropped.GetValueOrDefault(names[firstBad]) + 1; continue; }
            y.Add(Math.Log(model.Outcome[r]));
            rows.Add(model.Rows[r].Select(v => Math.Log(v)).ToArray());
        }
        var regression = model.Explained(() => LinearRegression.Fit(rows.ToArray(), y.ToArray(), predictors, intercept, $"ln {outcome}", model.Excluded));
        return new CobbDouglasFit(regression, dropped);
    }
}
