using SmeNotebooks.Localization;

namespace SmeNotebooks.Survey;

/// <summary>Rescalings used to build survey indices.</summary>
public static class Scaling
{
    /// <summary>
    /// Min-max normalization: (x − min)/(max − min), mapping the
    /// range onto [0, 1]. The minimum becomes exactly 0, whose logarithm does not exist.
    /// </summary>
    public static double[] MinMax(IReadOnlyList<double> values)
    {
        CheckFinite(values, "min-max normalization");
        double min = values.Min(), max = values.Max();
        if (max == min) throw new ArgumentException(Localized.Format(Strings.Error_MinMaxConstant, values.Count, min));
        return values.Select(v => (v - min) / (max - min)).ToArray();
    }

    /// <summary>
    /// Min-max rescaling onto [0, <paramref name="top"/>]: top·(x − min)/(max − min) — puts items of
    /// different original scales on a common one before they are summed into an index.
    /// </summary>
    public static double[] RangeScores(IReadOnlyList<double> values, double top)
    {
        if (!(top > 0)) throw new ArgumentOutOfRangeException(nameof(top), top, Strings.Error_ScaleTopPositive);
        return MinMax(values).Select(v => top * v).ToArray();
    }

    /// <summary>z-standardization (x − x̄)/s with the sample standard deviation s (n − 1), as SPSS's DESCRIPTIVES /SAVE.</summary>
    public static double[] ZScores(IReadOnlyList<double> values)
    {
        CheckFinite(values, "standardization");
        if (values.Count < 2) throw new ArgumentException(Strings.Error_StandardizeTwo);
        var (mean, sd) = MathNet.Numerics.Statistics.Statistics.MeanStandardDeviation(values);
        if (sd == 0) throw new ArgumentException(Localized.Format(Strings.Error_SdZero, values.Count, mean));
        return values.Select(v => (v - mean) / sd).ToArray();
    }

    /// <summary>
    /// A composite index (Schuschny and Soto, 2009): standardize each item,
    /// sum the z-scores per case, and rescale the sum to [0, 1] by min-max. <paramref name="items"/>[j][i] is item j of case i.
    /// </summary>
    public static double[] CompositeIndex(params IReadOnlyList<double>[] items)
    {
        if (items.Length == 0) throw new ArgumentException(Strings.Error_IndexNoItems);
        int n = items[0].Count;
        if (items.Any(item => item.Count != n)) throw new ArgumentException(Strings.Error_IndexItemLengths);
        var z = items.Select(ZScores).ToArray();
        var sum = Enumerable.Range(0, n).Select(i => z.Sum(item => item[i])).ToArray();
        return MinMax(sum);
    }

    /// <summary>
    /// An index as the normalized sum of its items (one reading of "the sum of the selected and standardized variables"
    /// followed by a min-max normalization): each item rescaled onto [0, <paramref name="top"/>] by
    /// <see cref="RangeScores"/>, summed per case, and the sum min-max normalized. <paramref name="items"/>[j][i] is item
    /// j of case i. Returns the sums (composite scores) and their normalization.
    /// </summary>
    public static (double[] Sum, double[] Normalized) RangeIndex(double top, params IReadOnlyList<double>[] items)
    {
        if (items.Length == 0) throw new ArgumentException(Strings.Error_IndexNoItems);
        int n = items[0].Count;
        if (items.Any(item => item.Count != n)) throw new ArgumentException(Strings.Error_IndexItemLengths);
        var scaled = items.Select(item => RangeScores(item, top)).ToArray();
        var sum = Enumerable.Range(0, n).Select(i => scaled.Sum(item => item[i])).ToArray();
        return (sum, MinMax(sum));
    }

    private static void CheckFinite(IReadOnlyList<double> values, string operation)
    {
        if (values.Count == 0) throw new ArgumentException(Localized.Format(Strings.Error_NoValuesFor, operation));
        for (int i = 0; i < values.Count; i++)
            if (!double.IsFinite(values[i])) throw new ArgumentException(Localized.Format(Strings.Error_ValueNotFinite, i, values[i], operation));
    }
}
