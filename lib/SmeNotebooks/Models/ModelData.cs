using System.Globalization;
using System.Numerics;
using Microsoft.Data.Analysis;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// Predictor rows and outcome pulled from a <see cref="DataFrame"/>, after listwise deletion of cases with a
/// missing (null) value in any model variable — what SPSS reports as excluded cases in its Case Processing Summary.
/// Numeric columns are read through their typed buffers, not cell by cell.
/// </summary>
/// <param name="Rows">One array per case, predictor values in the order requested.</param>
/// <param name="Outcome">The dependent variable, one value per case.</param>
/// <param name="Excluded">Cases dropped because a model variable was missing.</param>
/// <param name="SinglePrecision">Model columns stored as <c>float</c> (about 7 significant digits), e.g. by <c>DataFrame.LoadCsv</c>.</param>
internal sealed record ModelData(double[][] Rows, double[] Outcome, int Excluded, IReadOnlyList<string> SinglePrecision)
{
    /// <summary>
    /// Extracts <paramref name="outcome"/> and <paramref name="predictors"/> from <paramref name="data"/>.
    /// Nulls are deleted listwise; NaN and ±∞ are errors unless <paramref name="dropNonFinite"/> is set, in which
    /// case they are deleted too.
    /// </summary>
    public static ModelData From(DataFrame data, string outcome, IReadOnlyList<string> predictors, bool dropNonFinite)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (predictors.Count == 0) throw new DataValidationException(Strings.Error_NoPredictor);
        var duplicate = predictors.GroupBy(p => p).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DataValidationException(Localized.Format(Strings.Error_PredictorTwice, duplicate.Key), duplicate.Key);
        if (predictors.Contains(outcome)) throw new DataValidationException(Localized.Format(Strings.Error_OutcomeAndPredictor, outcome), outcome);
        var names = new List<string> { outcome };
        names.AddRange(predictors);
        var frameColumns = names.Select(n => Column(data, n)).ToArray();
        int rowCount = checked((int)data.Rows.Count);
        if (rowCount == 0) throw new DataValidationException(Strings.Error_NoRows);
        var values = new double[names.Count][];
        var missing = new bool[rowCount];
        for (int c = 0; c < names.Count; c++)
            values[c] = Read(frameColumns[c], names[c], isOutcome: c == 0, missing);

        var rows = new List<double[]>(rowCount);
        var y = new List<double>(rowCount);
        int excluded = 0;
        for (int r = 0; r < rowCount; r++)
        {
            if (missing[r]) { excluded++; continue; }
            bool drop = false;
            for (int c = 0; c < names.Count && !drop; c++)
            {
                double v = values[c][r];
                if (double.IsFinite(v)) continue;
                if (!dropNonFinite)
                    throw new DataValidationException(
                        Localized.Format(Strings.Error_NonFiniteColumn, names[c], v.ToString(CultureInfo.InvariantCulture), r), names[c]);
                drop = true;
            }
            if (drop) { excluded++; continue; }
            var row = new double[predictors.Count];
            for (int c = 0; c < row.Length; c++) row[c] = values[c + 1][r];
            y.Add(values[0][r]);
            rows.Add(row);
        }
        if (rows.Count == 0) throw new DataValidationException(Localized.Format(Strings.Error_NoCompleteCases, string.Join(", ", names.Select(n => $"'{n}'"))));
        var single = names.Where((_, c) => frameColumns[c] is PrimitiveDataFrameColumn<float>).ToArray();
        return new ModelData(rows.ToArray(), y.ToArray(), excluded, single);
    }

    /// <summary>
    /// Runs a fit on these data; a <see cref="SingularDesignException"/> gains a note when model columns are single
    /// precision, since float storage rounds an exact linear relation to about 1e-7 relative, where rank is judged.
    /// </summary>
    public T Explained<T>(Func<T> fit)
    {
        try { return fit(); }
        catch (SingularDesignException e) when (SinglePrecision.Count > 0)
        {
            throw new SingularDesignException(
                e.Message + Localized.Format(Strings.Error_SinglePrecision, string.Join(", ", SinglePrecision.Select(n => $"'{n}'"))), e.Columns);
        }
    }

    /// <summary>Looks up a column by name, with an error that lists the columns that do exist.</summary>
    public static DataFrameColumn Column(DataFrame data, string name)
    {
        int index = data.Columns.IndexOf(name);
        if (index < 0)
            throw new DataValidationException(
                Localized.Format(Strings.Error_MissingColumn, name, string.Join(", ", data.Columns.Select(c => $"'{c.Name}'"))), name);
        return data.Columns[index];
    }

    /// <summary>The column as doubles; rows holding null are flagged in <paramref name="missing"/>.</summary>
    private static double[] Read(DataFrameColumn column, string name, bool isOutcome, bool[] missing) => column switch
    {
        PrimitiveDataFrameColumn<double> c => Typed(c, missing),
        PrimitiveDataFrameColumn<float> c => Typed(c, missing),
        PrimitiveDataFrameColumn<int> c => Typed(c, missing),
        PrimitiveDataFrameColumn<long> c => Typed(c, missing),
        PrimitiveDataFrameColumn<short> c => Typed(c, missing),
        PrimitiveDataFrameColumn<byte> c => Typed(c, missing),
        PrimitiveDataFrameColumn<decimal> c => Typed(c, missing),
        _ => Boxed(column, name, isOutcome, missing),
    };

    /// <summary>Reads a numeric column through its buffers and validity bitmaps (Apache Arrow layout: bit set = value present).</summary>
    private static double[] Typed<T>(PrimitiveDataFrameColumn<T> column, bool[] missing) where T : unmanaged, INumberBase<T>
    {
        var result = new double[column.Length];
        int offset = 0;
        using var bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            var span = buffer.Span;
            var valid = bitmaps.MoveNext() ? bitmaps.Current.Span : default;
            for (int i = 0; i < span.Length; i++)
            {
                result[offset + i] = double.CreateTruncating(span[i]);
                if (column.NullCount > 0 && (valid[i >> 3] & (1 << (i & 7))) == 0) missing[offset + i] = true;
            }
            offset += span.Length;
        }
        return result;
    }

    /// <summary>Any other column, cell by cell: booleans count as 0/1, text is an error naming its row.</summary>
    private static double[] Boxed(DataFrameColumn column, string name, bool isOutcome, bool[] missing)
    {
        var result = new double[column.Length];
        for (long r = 0; r < column.Length; r++)
        {
            object? cell = column[r];
            if (cell is null) { missing[r] = true; continue; }
            result[r] = cell switch
            {
                bool flag => flag ? 1.0 : 0.0,
                IConvertible number when cell is not (string or char or DateTime) => number.ToDouble(CultureInfo.InvariantCulture),
                _ => throw new DataValidationException(
                    Localized.Format(Strings.Error_NonNumeric, name, cell, cell.GetType().Name, r) + (isOutcome ? Strings.Error_RecodeOutcome : ""), name),
            };
        }
        return result;
    }
}
