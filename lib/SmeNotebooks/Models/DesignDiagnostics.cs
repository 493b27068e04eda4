using System.Globalization;
using SmeNotebooks.Numerics;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// Explains a rank-deficient design in words: which column is constant, or which is an exact linear
/// combination of which others (found by least squares on the preceding columns). Runs only after a fit has
/// detected singularity, so it costs nothing on the normal path.
/// </summary>
internal static class DesignDiagnostics
{
    /// <summary>
    /// Column order in which rank is judged: the constant first, then the predictors as given — R's order
    /// (y ~ 1 + x1 + x2), so that a dependent predictor is blamed rather than the intercept, and a relation
    /// such as x2 = 2·x1 + 1 is measured against x2's norm, not the constant's.
    /// </summary>
    public static int[] ConstantFirst(IReadOnlyList<string> names)
    {
        int constant = names.ToList().IndexOf(ModelTerms.Constant);
        return constant < 0
            ? Enumerable.Range(0, names.Count).ToArray()
            : [constant, .. Enumerable.Range(0, names.Count).Where(j => j != constant)];
    }

    /// <summary>Throws the explained <see cref="SingularDesignException"/> when the design is (numerically) rank deficient.</summary>
    public static void RequireFullRank(IReadOnlyList<double[]> columns, IReadOnlyList<string> names)
    {
        var order = ConstantFirst(names);
        if (new HouseholderQr(order.Select(j => columns[j]).ToArray()).FirstDependentColumn >= 0) throw Explain(columns, names);
    }

    /// <summary>Builds the exception for a singular design given its columns (the constant, if any, included).</summary>
    public static SingularDesignException Explain(IReadOnlyList<double[]> columns, IReadOnlyList<string> names)
    {
        var order = ConstantFirst(names);
        columns = order.Select(j => columns[j]).ToArray();
        names = order.Select(j => names[j]).ToArray();
        for (int j = 0; j < columns.Count; j++)
        {
            var col = columns[j];
            if (names[j] != ModelTerms.Constant && col.All(v => v == col[0]) && names.Contains(ModelTerms.Constant))
                return new SingularDesignException(
                    Localized.Format(Strings.Error_ConstantPredictor, names[j], col[0].ToString(CultureInfo.InvariantCulture)),
                    new[] { names[j], ModelTerms.Constant });
        }
        var qr = new HouseholderQr(columns);
        int dependent = qr.FirstDependentColumn;
        if (dependent < 0)
            return new SingularDesignException(
                Localized.Format(Strings.Error_NotPositiveDefinite, string.Join(", ", names.Select(n => $"'{n}'"))), names.ToArray());
        var earlier = columns.Take(dependent).ToArray();
        var weights = new HouseholderQr(earlier).Solve(columns[dependent]);
        var terms = new List<string>();
        var involved = new List<string> { names[dependent] };
        for (int m = 0; m < earlier.Length; m++)
        {
            if (Math.Abs(weights[m]) < 1e-8) continue;
            involved.Add(names[m]);
            terms.Add(names[m] == ModelTerms.Constant
                ? weights[m].ToString("G6", CultureInfo.InvariantCulture)
                : $"{weights[m].ToString("G6", CultureInfo.InvariantCulture)}·{names[m]}");
        }
        return new SingularDesignException(
            Localized.Format(Strings.Error_LinearCombination, names[dependent], string.Join(", ", involved.Skip(1).Select(n => $"'{n}'")), string.Join(" + ", terms)), involved);
    }
}
