using System.Globalization;
using Microsoft.Data.Analysis;

namespace SmeNotebooks.Models;

/// <summary>
/// Predictor rows and outcome pulled from a <see cref="DataFrame"/>, after listwise deletion of cases with a
/// missing (null) value in any model variable — what SPSS reports as excluded cases in its Case Processing Summary.
/// </summary>
/// <param name="Rows">One array per case, predictor values in the order requested.</param>
/// <param name="Outcome">The dependent variable, one value per case.</param>
/// <param name="Excluded">Cases dropped because a model variable was missing.</param>
internal sealed record ModelData(double[][] Rows, double[] Outcome, int Excluded)
{
    /// <summary>
    /// Extracts <paramref name="outcome"/> and <paramref name="predictors"/> from <paramref name="data"/>.
    /// Nulls are deleted listwise; NaN and ±∞ are errors unless <paramref name="dropNonFinite"/> is set, in which
    /// case they are deleted too.
    /// </summary>
    public static ModelData From(DataFrame data, string outcome, IReadOnlyList<string> predictors, bool dropNonFinite)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (predictors.Count == 0) throw new DataValidationException("At least one predictor is required.");
        var duplicate = predictors.GroupBy(p => p).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DataValidationException($"Predictor '{duplicate.Key}' is listed twice.", duplicate.Key);
        if (predictors.Contains(outcome)) throw new DataValidationException($"Column '{outcome}' is both the outcome and a predictor.", outcome);
        var names = new List<string> { outcome };
        names.AddRange(predictors);
        var columns = names.Select(n => Column(data, n)).ToArray();
        long rowCount = data.Rows.Count;
        var rows = new List<double[]>((int)rowCount);
        var y = new List<double>((int)rowCount);
        int excluded = 0;
        for (long r = 0; r < rowCount; r++)
        {
            var values = new double[columns.Length];
            bool missing = false;
            for (int c = 0; c < columns.Length; c++)
            {
                object? cell = columns[c][r];
                if (cell is null) { missing = true; break; }
                double v = ToDouble(cell, names[c], r);
                if (!double.IsFinite(v))
                {
                    if (dropNonFinite) { missing = true; break; }
                    throw new DataValidationException(
                        $"Column '{names[c]}' has the non-finite value {v.ToString(CultureInfo.InvariantCulture)} in row {r}. " +
                        "Remove or recode it, or ask for listwise deletion of non-finite values.", names[c]);
                }
                values[c] = v;
            }
            if (missing) { excluded++; continue; }
            y.Add(values[0]);
            rows.Add(values[1..]);
        }
        if (rows.Count == 0) throw new DataValidationException($"No complete cases: every row has a missing value in {string.Join(", ", names.Select(n => $"'{n}'"))}.");
        return new ModelData(rows.ToArray(), y.ToArray(), excluded);
    }

    /// <summary>Looks up a column by name, with an error that lists the columns that do exist.</summary>
    public static DataFrameColumn Column(DataFrame data, string name)
    {
        int index = data.Columns.IndexOf(name);
        if (index < 0)
            throw new DataValidationException(
                $"Column '{name}' is not in the data. Columns present: {string.Join(", ", data.Columns.Select(c => $"'{c.Name}'"))}.", name);
        return data.Columns[index];
    }

    private static double ToDouble(object cell, string column, long row) => cell switch
    {
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        decimal m => (double)m,
        bool flag => flag ? 1.0 : 0.0,
        _ => throw new DataValidationException(
            $"Column '{column}' holds the non-numeric value '{cell}' ({cell.GetType().Name}) in row {row}; models need numbers.", column),
    };
}
