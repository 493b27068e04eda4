using System.ComponentModel;
using Microsoft.Data.Analysis;
using SmeNotebooks.Display;
using SmeNotebooks.Models;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.Sonora;

/// <summary>
/// The Sonora paper's tables beside their reproduction: each builds a <see cref="Comparison"/> from the published
/// CSV in <c>data/sonora/</c> (a <see cref="PublishedTable"/>) and a model, each value within half a unit of its last
/// printed digit.
/// </summary>
public static class SonoraTables
{
    /// <summary>Table 2, the step-0 constant: B, S.E., Wald, Sig., Exp(B) against the model's <see cref="LogisticFit.NullModel"/>.</summary>
    public static Comparison Table2(LogisticFit fit, string dataFolder)
    {
        var published = SonoraData.Printed(dataFolder, "table2-step0.csv", Localized.Format(Strings.Table_Number, 2));
        var constant = fit.NullModel[ModelTerms.Constant];
        return new Comparison(SonoraStrings.Table2_Title, published.CoefficientRows("Constant", constant).ToArray(), published.Source);
    }

    /// <summary>Table 3, the classification table at cut 0.5: the four counts and the three percentages.</summary>
    public static Comparison Table3(LogisticFit fit, string dataFolder)
    {
        var published = SonoraData.Printed(dataFolder, "table3-classification.csv", Localized.Format(Strings.Table_Number, 3));
        var table = fit.Classify();
        PublishedValue P(string observed, string column) => published.Value(column, ("observed", observed));
        return new Comparison(SonoraStrings.Table3_Title,
        [
            P("no", "predicted_no").Beside(table.TrueNegatives, SonoraStrings.ObservedNo, SonoraStrings.PredictedNo),
            P("no", "predicted_yes").Beside(table.FalsePositives, SonoraStrings.ObservedNo, SonoraStrings.PredictedYes),
            P("yes", "predicted_no").Beside(table.FalseNegatives, SonoraStrings.ObservedYes, SonoraStrings.PredictedNo),
            P("yes", "predicted_yes").Beside(table.TruePositives, SonoraStrings.ObservedYes, SonoraStrings.PredictedYes),
            P("no", "percent_correct").Beside(100 * table.Specificity, SonoraStrings.ObservedNo, SonoraStrings.CorrectSpecificity),
            P("yes", "percent_correct").Beside(100 * table.Sensitivity, SonoraStrings.ObservedYes, SonoraStrings.CorrectSensitivity),
            P("overall", "percent_correct").Beside(100 * table.OverallCorrect, SonoraStrings.Overall, SonoraStrings.Correct),
        ], published.Source);
    }

    /// <summary>Table 4, Variables in the Equation: B, S.E., Wald, Sig., Exp(B) and its 95% C.I. for every term.</summary>
    public static Comparison Table4(LogisticFit fit, string dataFolder)
    {
        var published = SonoraData.Printed(dataFolder, "table4-variables-in-equation.csv", Localized.Format(Strings.Table_Number, 4));
        var rows = new List<ComparisonRow>();
        for (int r = 0; r < published.Frame.Rows.Count; r++)
        {
            string term = Lookup.Text(published.Frame, "term", r);
            string variable = published.Frame["variable"][r] as string ?? ModelTerms.Constant;
            rows.AddRange(published.CoefficientRows(term, fit[variable]));
        }
        return new Comparison(SonoraStrings.Table4_Title, rows, published.Source);
    }

    /// <summary>Table 5: the 18 printed probabilities against <paramref name="probability"/> (capinno, activity, size).</summary>
    public static Comparison Table5(Func<double[], double> probability, string dataFolder, [Localizable(true)] string title)
    {
        var published = SonoraData.Printed(dataFolder, "table5-predicted-probabilities.csv", Localized.Format(Strings.Table_Number, 5));
        var frame = published.Frame;
        var rows = Enumerable.Range(0, (int)frame.Rows.Count).Select(r =>
        {
            (string Column, string Value)[] key = [("activity", Lookup.Text(frame, "activity", r)), ("size", Lookup.Text(frame, "size", r)), ("capabilities", Lookup.Text(frame, "capabilities", r))];
            double reproduced = probability([Lookup.Number(frame, "capinno_code", r), Lookup.Number(frame, "activity_code", r), Lookup.Number(frame, "size_code", r)]);
            string label = string.Join(", ", SonoraLabels.Activities[(int)Lookup.Number(frame, "activity_code", r)], SonoraLabels.Sizes[(int)Lookup.Number(frame, "size_code", r)],
                SonoraLabels.CapabilityLevels[(int)Lookup.Number(frame, "capinno_code", r)]);
            return published.Value("probability", key).Beside(reproduced, label);
        }).ToArray();
        return new Comparison(title, rows, published.Source);
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
            int a = (int)Lookup.Number(firms, "activity", r), s = (int)Lookup.Number(firms, "size", r), c = (int)Lookup.Number(firms, "capinno", r);
            counts[a, s, c]++;
            events[a, s, c] += (int)Lookup.Number(firms, "internationalized", r);
        }
        var sizes = SonoraLabels.Sizes;
        var rows = new List<IReadOnlyList<string>>();
        foreach (int a in new[] { 1, 0 })
            for (int s = 0; s < 3; s++)
                rows.Add([SonoraLabels.Activities[a], sizes[s], .. Enumerable.Range(0, 3).Select(c => $"{counts[a, s, c]} ({events[a, s, c]})")]);
        var plausibility = Reconstruction.Plausibility.Of(counts.Cast<int>().ToArray());
        return new Table(SonoraStrings.Cells_Title, [SonoraStrings.Cells_Activity, SonoraStrings.Cells_Size, SonoraStrings.Cells_Low, SonoraStrings.Cells_Average, SonoraStrings.Cells_High], rows,
            Localized.Format(SonoraStrings.Cells_Footnote, plausibility.EmptyCells, plausibility.LargestCell, firms.Rows.Count));
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
}
