using Microsoft.Data.Analysis;
using SmeNotebooks.Display;
using SmeNotebooks.Models;
using SmeNotebooks.Data;

namespace SmeNotebooks.Studies.Sonora;

/// <summary>
/// The Sonora paper's tables beside their reproduction: each builds a <see cref="Comparison"/> from the published
/// CSV in <c>data/sonora/</c> and a model, with a tolerance of half a unit of the last printed digit.
/// </summary>
public static class SonoraTables
{
    private const string Source = "Sonora paper (COLEF-COLSON survey), §4";

    /// <summary>Table 2, the step-0 constant: B, S.E., Wald, Sig., Exp(B) against the model's <see cref="LogisticFit.NullModel"/>.</summary>
    public static Comparison Table2(LogisticFit fit, string dataFolder)
    {
        var published = SonoraData.Table(dataFolder, "table2-step0.csv");
        var constant = fit.NullModel[LogisticRegression.ConstantName];
        return new Comparison("Table 2 — Variables in the Equation, Step 0", CoefficientRows("Constant", published, 0, constant).ToArray(), $"{Source}, Table 2");
    }

    /// <summary>Table 3, the classification table at cut 0.5: the four counts and the three percentages.</summary>
    public static Comparison Table3(LogisticFit fit, string dataFolder)
    {
        var published = SonoraData.Table(dataFolder, "table3-classification.csv");
        var table = fit.Classify();
        double P(int row, string column) => Rows.Number(published, column, row);
        return new Comparison("Table 3 — Classification Table (cut value 0.5)",
        [
            new("Observed No, predicted No", P(0, "predicted_no"), table.TrueNegatives, 0, 0),
            new("Observed No, predicted Yes", P(0, "predicted_yes"), table.FalsePositives, 0, 0),
            new("Observed Yes, predicted No", P(1, "predicted_no"), table.FalseNegatives, 0, 0),
            new("Observed Yes, predicted Yes", P(1, "predicted_yes"), table.TruePositives, 0, 0),
            new("% correct, No (specificity)", P(0, "percent_correct"), 100 * table.Specificity, 0.05, 1),
            new("% correct, Yes (sensitivity)", P(1, "percent_correct"), 100 * table.Sensitivity, 0.05, 1),
            new("Overall %", P(2, "percent_correct"), 100 * table.OverallCorrect, 0.05, 1),
        ], $"{Source}, Table 3");
    }

    /// <summary>Table 4, Variables in the Equation: B, S.E., Wald, Sig., Exp(B) and its 95% C.I. for every term.</summary>
    public static Comparison Table4(LogisticFit fit, string dataFolder)
    {
        var published = SonoraData.Table(dataFolder, "table4-variables-in-equation.csv");
        var rows = new List<ComparisonRow>();
        for (int r = 0; r < published.Rows.Count; r++)
        {
            string term = (string)published["term"][r]!;
            string variable = published["variable"][r] as string ?? LogisticRegression.ConstantName;
            rows.AddRange(CoefficientRows(term, published, r, fit[variable]));
        }
        return new Comparison("Table 4 — Variables in the Equation, Step 1", rows, $"{Source}, Table 4");
    }

    /// <summary>Table 5: the 18 printed probabilities against <paramref name="probability"/> (capinno, activity, size).</summary>
    public static Comparison Table5(Func<double[], double> probability, string dataFolder, string title)
    {
        var published = SonoraData.Table(dataFolder, "table5-predicted-probabilities.csv");
        var rows = Enumerable.Range(0, (int)published.Rows.Count).Select(r => new ComparisonRow(
            $"{published["activity"][r]}, {published["size"][r]}, {published["capabilities"][r]}",
            Rows.Number(published, "probability", r),
            probability([Rows.Number(published, "capinno_code", r), Rows.Number(published, "activity_code", r), Rows.Number(published, "size_code", r)]),
            0.005, 2)).ToArray();
        return new Comparison(title, rows, $"{Source}, Table 5");
    }

    /// <summary>
    /// The reconstructed firms as the 18-cell table the search works on: one row per activity and size, one column
    /// per capabilities level, each cell "firms (internationalized)"; the footnote counts empty cells and the largest
    /// cell, the plausibility the search prefers among equally good fits (<see cref="Reconstruction.Plausibility"/>).
    /// </summary>
    public static Table Cells(DataFrame firms)
    {
        var counts = new int[2, 3, 3];
        var events = new int[2, 3, 3];
        for (int r = 0; r < firms.Rows.Count; r++)
        {
            int a = (int)Rows.Number(firms, "activity", r), s = (int)Rows.Number(firms, "size", r), c = (int)Rows.Number(firms, "capinno", r);
            counts[a, s, c]++;
            events[a, s, c] += (int)Rows.Number(firms, "internationalized", r);
        }
        string[] sizes = ["micro", "small", "medium"];
        var rows = new List<IReadOnlyList<string>>();
        foreach (int a in new[] { 1, 0 })
            for (int s = 0; s < 3; s++)
                rows.Add([a == 1 ? "IT" : "MM", sizes[s], .. Enumerable.Range(0, 3).Select(c => $"{counts[a, s, c]} ({events[a, s, c]})")]);
        var plausibility = Reconstruction.Plausibility.Of(counts.Cast<int>().ToArray());
        return new Table("SYNTHETIC firms per cell: firms (internationalized)", ["activity", "size", "low capabilities", "average", "high"], rows,
            $"{plausibility.EmptyCells} of the 18 cells empty; the largest holds {plausibility.LargestCell} of {firms.Rows.Count} firms.");
    }

    /// <summary>Table 5's layout as a grid for one activity: rows micro/small/medium, columns low/average/high capabilities.</summary>
    public static double[,] Table5Grid(Func<double[], double> probability, double activity)
    {
        var grid = new double[3, 3];
        for (int size = 0; size < 3; size++)
            for (int capinno = 0; capinno < 3; capinno++)
                grid[size, capinno] = probability([capinno, activity, size]);
        return grid;
    }

    private static IEnumerable<ComparisonRow> CoefficientRows(string term, DataFrame published, int row, Coefficient c)
    {
        yield return new($"{term} B", Rows.Number(published, "B", row), c.Estimate, 0.0005);
        yield return new($"{term} S.E.", Rows.Number(published, "SE", row), c.StdError, 0.0005);
        yield return new($"{term} Wald", Rows.Number(published, "Wald", row), c.Wald, 0.0005);
        yield return new($"{term} Sig.", Rows.Number(published, "Sig", row), c.PValue, 0.0005);
        yield return new($"{term} Exp(B)", Rows.Number(published, "ExpB", row), c.OddsRatio, 0.0005);
        if (published.Columns.IndexOf("CI_lower") >= 0 && published["CI_lower"][row] is double lower)
        {
            yield return new($"{term} 95% C.I. lower", lower, c.OddsRatioLower95, 0.0005);
            yield return new($"{term} 95% C.I. upper", Rows.Number(published, "CI_upper", row), c.OddsRatioUpper95, 0.0005);
        }
    }
}
