using SmeNotebooks.Data;
using SmeNotebooks.Models;
using SmeNotebooks.Numerics;
using SmeNotebooks.Studies.Sonora;

namespace SmeNotebooks.Tests.Coverage;

/// <summary>What holds each number the Sonora paper prints (data/sonora/).</summary>
public static class SonoraCoverage
{
    private const string Folder = "sonora";

    public static void Hold(CoverageLedger ledger, string dataFolder)
    {
        PrintedNumber N(string file, string row, string column) => ledger[Folder, file, row, column];

        // §3: the frame's 672 units are 322 IT and 350 MM; the 116 cases are 55 IT and 61 MM.
        foreach (var (column, fact) in new[] { ("frame_units", "frame_units"), ("sample_firms", "sample_cases") })
        {
            var parts = ledger.In(Folder, "sampling-frame.csv", column);
            var total = N("stated-facts.csv", fact, "low");
            ledger.Identity([.. parts, total], parts.Sum(p => p.Value) == total.Value, "IT + MM = the text's total (§3)");
        }

        // Table 1: INEGI's classes tile each sector — each class starts one employee above the previous one's end.
        foreach (var sector in new[] { "industry", "services" })
        {
            string[] classes = ["micro", "small", "medium"];
            for (int c = 1; c < classes.Length; c++)
            {
                var end = N("table1-inegi-size-classes.csv", $"{classes[c - 1]} · {sector}", "max_employees");
                var start = N("table1-inegi-size-classes.csv", $"{classes[c]} · {sector}", "min_employees");
                ledger.Identity([end, start], start.Value == end.Value + 1, "each size class starts one employee above the previous class's end");
            }
            ledger.NotCheckable([N("table1-inegi-size-classes.csv", $"micro · {sector}", "min_employees"), N("table1-inegi-size-classes.csv", $"medium · {sector}", "max_employees")],
                "quoted from another source (the table's source line); no other printed number gives it");
        }

        // Table 2 (step 0): the constant-only logit depends on Table 3's counts alone (40 internationalized of 116).
        double Count(string row, string column) => N("table3-classification.csv", row, column).Value;
        double yes = Count("yes", "predicted_no") + Count("yes", "predicted_yes"), no = Count("no", "predicted_no") + Count("no", "predicted_yes");
        var y = Enumerable.Range(0, (int)(yes + no)).Select(i => i < yes ? 1.0 : 0.0).ToArray();
        var constant = LogisticRegression.Fit(y.Select(_ => Array.Empty<double>()).ToArray(), y)[ModelTerms.Constant];
        const string step0 = "constant-only logit on Table 3's observed counts";
        ledger.Recomputed(N("table2-step0.csv", "Constant", "B"), constant.Estimate, step0);
        ledger.Recomputed(N("table2-step0.csv", "Constant", "SE"), constant.StdError, step0);
        ledger.Recomputed(N("table2-step0.csv", "Constant", "Wald"), constant.Wald, step0);
        ledger.Recomputed(N("table2-step0.csv", "Constant", "df"), constant.DegreesOfFreedom, "one parameter, the constant");
        ledger.Recomputed(N("table2-step0.csv", "Constant", "Sig"), constant.PValue, step0);
        ledger.Recomputed(N("table2-step0.csv", "Constant", "ExpB"), constant.OddsRatio, step0);

        // Table 3: counts from the logit refitted on the reconstructed firms; percentages as k/n of the row.
        var firms = CsvData.Load(Path.Combine(dataFolder, Folder, SonoraData.FirmsFile));
        var fit = LogisticRegression.Fit(firms, "internationalized", SonoraData.Predictors);
        var classified = fit.Classify();
        const string refit = "classification at 0.5 by the logit refitted on the reconstructed firms (synthetic)";
        ledger.Recomputed(N("table3-classification.csv", "no", "predicted_no"), classified.TrueNegatives, refit);
        ledger.Recomputed(N("table3-classification.csv", "no", "predicted_yes"), classified.FalsePositives, refit);
        ledger.Recomputed(N("table3-classification.csv", "yes", "predicted_no"), classified.FalseNegatives, refit);
        ledger.Recomputed(N("table3-classification.csv", "yes", "predicted_yes"), classified.TruePositives, refit);
        foreach (var (row, correct) in new[] { ("no", "predicted_no"), ("yes", "predicted_yes") })
        {
            var percent = N("table3-classification.csv", row, "percent_correct");
            double share = 100 * Count(row, correct) / (Count(row, "predicted_no") + Count(row, "predicted_yes"));
            ledger.Identity([percent], percent.IsPrintedAs(share), "correct count over the row's firms, at the printed decimal");
        }
        var overall = N("table3-classification.csv", "overall", "percent_correct");
        ledger.Identity([overall], overall.IsPrintedAs(100 * (Count("no", "predicted_no") + Count("yes", "predicted_yes")) / (yes + no)), "the diagonal over all firms, at the printed decimal");

        // Table 4: B and S.E. from the refit, within the reconstruction's bar (data/sonora/README.md: the synthetic firms
        // were searched to reproduce Table 4 within it, not to the printed digit); Wald, Sig., Exp(B) and C.I. by their
        // formulas over B and S.E. as printed, over their rounding; df, one per term.
        string[] terms = ["Capinno", "Activity(1)", "Size", "Constant"];
        string[] names = [.. SonoraData.Predictors, ModelTerms.Constant];
        for (int t = 0; t < terms.Length; t++)
        {
            var c = fit[names[t]];
            PrintedNumber Cell(string column) => N("table4-variables-in-equation.csv", terms[t], column);
            ledger.Recomputed(Cell("B"), c.Estimate, "the logit refitted on the reconstructed firms (synthetic), within the reconstruction's stated bar", SonoraData.Tolerance);
            ledger.Recomputed(Cell("SE"), c.StdError, "the logit refitted on the reconstructed firms (synthetic), within the reconstruction's stated bar", SonoraData.Tolerance);
            ledger.Recomputed(Cell("df"), c.DegreesOfFreedom, "one parameter per term");
            PrintedNumber b = Cell("B"), se = Cell("SE");
            Within(ledger, Cell("Wald"), b, se, (bb, ss) => bb * bb / (ss * ss), "Wald = (B/S.E.)² over the printed B and S.E.'s rounding");
            Within(ledger, Cell("Sig"), b, se, (bb, ss) => Tails.ChiSquare(bb * bb / (ss * ss), 1), "Sig. = P(χ²₁ ≥ Wald) over the printed B and S.E.'s rounding");
            Within(ledger, Cell("ExpB"), b, se, (bb, _) => Math.Exp(bb), "Exp(B) = e^B over the printed B's rounding");
            if (terms[t] == "Constant") continue;   // SPSS prints no C.I. for the constant
            Within(ledger, Cell("CI_lower"), b, se, (bb, ss) => Math.Exp(bb - Tails.Z975 * ss), "C.I. = e^(B ∓ 1.96·S.E.) over the printed B and S.E.'s rounding");
            Within(ledger, Cell("CI_upper"), b, se, (bb, ss) => Math.Exp(bb + Tails.Z975 * ss), "C.I. = e^(B ∓ 1.96·S.E.) over the printed B and S.E.'s rounding");
        }

        // Table 5 and Eq. 2: probabilities from Table 4's printed coefficients, each known to ±0.0005.
        var equation = SonoraData.PublishedEquation(dataFolder);
        foreach (var p in ledger.In(Folder, "table5-predicted-probabilities.csv"))
        {
            string[] parts = p.Row.Split(" · ");
            double size = Array.IndexOf(["micro", "small", "medium"], parts[0]), capinno = Array.IndexOf(["low", "average", "high"], parts[1]), activity = parts[2] == "IT" ? 1 : 0;
            Reachable(ledger, p, equation, capinno, activity, size);
        }
        Reachable(ledger, N("stated-facts.csv", "worked_example_small_it_average", "low"), equation, 1, 1, 1);
        Reachable(ledger, N("stated-facts.csv", "worked_example_small_mm_average", "low"), equation, 1, 0, 1);
        var odds = N("stated-facts.csv", "capinno_odds_ratio_text", "low");
        var expB = N("table4-variables-in-equation.csv", "Capinno", "ExpB");
        ledger.Identity([odds, expB], odds.Printed == expB.Printed, "the text repeats Table 4's Exp(B) of Capinno");
    }

    /// <summary>The printed probability against the range P takes while Table 4's four B move within their rounding (P is monotone in η).</summary>
    private static void Reachable(CoverageLedger ledger, PrintedNumber p, LogitEquation equation, double capinno, double activity, double size)
    {
        double eta = equation.LogOdds(capinno, activity, size), slack = 0.0005 * (1 + capinno + activity + size);
        ledger.RecomputedWithin(p, LogisticFunction.Of(eta - slack), LogisticFunction.Of(eta + slack), "P from Table 4's printed coefficients, over their rounding");
    }

    /// <summary>Whether the printed statistic follows by <paramref name="f"/> from B and S.E. as printed, over their rounding (<see cref="SmeNotebooks.Display.PublishedValue.FollowsFrom"/>).</summary>
    private static void Within(CoverageLedger ledger, PrintedNumber printed, PrintedNumber b, PrintedNumber se, Func<double, double, double> f, string how) =>
        ledger.Identity([printed], printed.Published.FollowsFrom(b.Published, se.Published, f), how);
}
