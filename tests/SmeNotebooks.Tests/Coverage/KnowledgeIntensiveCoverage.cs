using System.Globalization;
using SmeNotebooks.Data;
using SmeNotebooks.Models;
using SmeNotebooks.Numerics;
using SmeNotebooks.Studies.KnowledgeIntensive;
using SmeNotebooks.Survey;

namespace SmeNotebooks.Tests.Coverage;

/// <summary>What holds each number the knowledge-intensive SMEs paper (Alonso, Contreras and Valenzuela) prints (data/knowledge-intensive/).</summary>
public static class KnowledgeIntensiveCoverage
{
    private const string Folder = "knowledge-intensive";
    private static readonly string[] Areas = ["Tijuana", "Juárez", "Hermosillo", "Monterrey"];

    /// <summary>"59 is 46.5%": the whole count of <paramref name="n"/> nearest a printed share, and how it prints.</summary>
    private static string Nearest(PrintedNumber share, int n)
    {
        int k = (int)Math.Round(share.Value / 100 * n);
        return $"{k} is {Share(k, n)}%";
    }

    /// <summary>100·k/n at one decimal, as the paper prints shares.</summary>
    private static string Share(int k, int n) => Math.Round(100.0 * k / n, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

    public static void Hold(CoverageLedger ledger, string dataFolder)
    {
        PrintedNumber N(string file, string row, string column) => ledger[Folder, file, row, column];
        PrintedNumber Fact(string key) => N("stated-facts.csv", key, "low");

        // Table 1: every row and column adds up to its printed total; the grand total is the text's 2,056.
        const string table1 = "table1-scian-classes-by-region.csv";
        var cells = ledger.In(Folder, table1);
        var byRow = cells.GroupBy(c => c.Row.Split(" · ")[0]);
        var byColumn = cells.GroupBy(c => c.Row.Split(" · ")[1]);
        foreach (var row in byRow)
            ledger.Identity(row, row.Where(c => !c.Row.EndsWith(" · Total")).Sum(c => c.Value) == row.Single(c => c.Row.EndsWith(" · Total")).Value, "the row's regions add up to its printed total");
        foreach (var column in byColumn)
            ledger.Identity(column, column.Where(c => !c.Row.StartsWith("total · ")).Sum(c => c.Value) == column.Single(c => c.Row.StartsWith("total · ")).Value, "the column's classes add up to its printed total");
        ledger.Identity([N(table1, "total · Total", "firms"), Fact("directory_firms")], N(table1, "total · Total", "firms").Value == Fact("directory_firms").Value, "Table 1's grand total is the text's directory");

        // Table 2: the same sums; its total is the text's 127 questionnaires, its services and manufacturing shares the text's.
        const string table2 = "table2-sample-by-activity-and-area.csv";
        var sample = ledger.In(Folder, table2);
        foreach (var row in sample.GroupBy(c => c.Row.Split(" · ")[0]))
            ledger.Identity(row, row.Where(c => !c.Row.EndsWith(" · Total")).Sum(c => c.Value) == row.Single(c => c.Row.EndsWith(" · Total")).Value, "the row's areas add up to its printed total");
        foreach (var column in sample.GroupBy(c => c.Row.Split(" · ")[1]))
            ledger.Identity(column, column.Where(c => !c.Row.StartsWith("Total · ")).Sum(c => c.Value) == column.Single(c => c.Row.StartsWith("Total · ")).Value, "the column's activities add up to its printed total");
        var all = N(table2, "Total · Total", "firms");
        int n = (int)all.Value;
        ledger.Identity([all, Fact("valid_questionnaires")], all.Value == Fact("valid_questionnaires").Value, "Table 2's total is the text's valid questionnaires");
        foreach (var (key, activity) in new[] { ("services_percent", "Services"), ("manufacturing_percent", "Manufacturing") })
            ledger.Identity([Fact(key)], Fact(key).IsPrintedAs(100 * N(table2, $"{activity} · Total", "firms").Value / n), "Table 2's firms of the activity over its 127, at the text's decimals");
        var firms = Areas.ToDictionary(a => a, a => (int)N(table2, $"Total · {a}", "firms").Value);

        // §4: the four areas' 748 firms are 36% of the 2,056; z = 1.96 is the normal's 97.5% quantile; 76.2% of 175 is no whole count.
        ledger.Identity([Fact("metro_area_firms"), Fact("metro_area_share")], Fact("metro_area_share").IsPrintedAs(100 * Fact("metro_area_firms").Value / Fact("directory_firms").Value), $"{Fact("metro_area_firms").Printed} of the {Fact("directory_firms").Printed} firms, at the text's whole percent");
        ledger.Recomputed(Fact("confidence_z"), Tails.Z975, "the standard normal's 97.5% quantile");
        var rate = Fact("response_rate_percent");
        int planned = (int)Fact("optimal_sample").Value, below = (int)Math.Floor(rate.Value / 100 * planned);
        ledger.Inconsistent([rate], Percentages.ImpliedCounts(rate.Value, planned).Length == 0,
            $"no whole number of the {planned} firms prints as {rate.Printed}% ({below} is {Share(below, planned)}%, {below + 1} is {Share(below + 1, planned)}%)");
        // The usual sample size for a proportion in a finite frame (SampleSize: p = 0.5, the 748 firms, z and the margin as printed).
        var plan = new SampleSize((int)Fact("metro_area_firms").Value, Fact("confidence_z").Value, Fact("sampling_error_percent").Value / 100);
        ledger.NotCheckable([Fact("optimal_sample"), Fact("sampling_error_percent")],
            $"the paper does not say how it got {planned} from ±{Fact("sampling_error_percent").Printed}%: p = 0.5 and the {Fact("metro_area_firms").Printed} firms give {plan.RequiredRoundedUp} (a correction factor of {plan.ImpliedCorrectionFactor(planned):0.000} would give {planned})");

        // §5: the size shares against whole counts of 127.
        ledger.Identity([Fact("micro_percent")], Percentages.ImpliedCounts(Fact("micro_percent").Value, n, Fact("micro_percent").Decimals).Length == 1, $"one whole count of the {n} firms ({Percentages.ImpliedCounts(Fact("micro_percent").Value, n, Fact("micro_percent").Decimals).FirstOrDefault()})");
        ledger.Inconsistent([Fact("small_percent"), Fact("medium_percent")],
            Percentages.ImpliedCounts(Fact("small_percent").Value, n).Length == 0 && Percentages.ImpliedCounts(Fact("medium_percent").Value, n).Length == 0,
            $"no whole count of the {n} firms prints as {Fact("small_percent").Printed}% or {Fact("medium_percent").Printed}% ({Nearest(Fact("small_percent"), n)}, {Nearest(Fact("medium_percent"), n)}); {Fact("medium_percent").Printed} is 100 − {Fact("micro_percent").Printed} − {Fact("small_percent").Printed}");

        // Tables 3 and 6: each percentage one whole count of 127 at its printed decimals, each row's counts the 127 firms.
        foreach (var (file, what) in new[] { ("table3-collaboration.csv", "partner"), ("table6-learning-actions.csv", "action") })
            foreach (var row in ledger.In(Folder, file).GroupBy(c => c.Row.Split(" · ")[0]))
            {
                var counts = row.Select(c => Percentages.ImpliedCounts(c.Value, n, c.Decimals)).ToArray();
                ledger.Identity(row, counts.All(k => k.Length == 1) && counts.Sum(k => k[0]) == n, $"each share one whole count of the {n} firms, the {what}'s five counts adding up to {n}");
            }
        var frequent = new[] { "Frequently", "Very frequently" };
        double Frequent(string file, string subject) => frequent.Sum(f => N(file, $"{subject} · {f}", "percent").Value);
        string Sum(string file, string subject) => string.Join(" + ", frequent.Select(f => N(file, $"{subject} · {f}", "percent").Printed)) + " = " + Frequent(file, subject).ToString("0.0", CultureInfo.InvariantCulture);
        ledger.Inconsistent([Fact("text_suppliers_percent")], Math.Abs(Fact("text_suppliers_percent").Value - Frequent("table3-collaboration.csv", "Suppliers")) > 1, $"Table 3 gives {Sum("table3-collaboration.csv", "Suppliers")} for suppliers, frequently or very frequently");
        ledger.Inconsistent([Fact("text_evaluations_percent")],
            Math.Abs(Fact("text_evaluations_percent").Value - Frequent("table6-learning-actions.csv", "Performance and productivity evaluations")) > 1,
            $"Table 6 gives {Sum("table6-learning-actions.csv", "Performance and productivity evaluations")} for performance evaluations; {Fact("text_evaluations_percent").Printed} is its staff-training figure");
        ledger.Identity([Fact("ict_acquisition_percent")], Fact("ict_acquisition_percent").IsPrintedAs(Frequent("table6-learning-actions.csv", "Acquisition of ICT, software and mobile applications"))
            && Fact("ict_acquisition_percent").IsPrintedAs(Frequent("table6-learning-actions.csv", "Acquisition and adaptation of machinery and equipment")), "Table 6, frequently or very frequently, for ICT and for machinery, at the text's whole percent");
        ledger.Identity([Fact("research_percent")], Fact("research_percent").IsPrintedAs(Frequent("table6-learning-actions.csv", "Research to create new products and/or services")), "Table 6, frequently or very frequently, at the text's decimal");

        // Table 4: each percentage one whole count of the area's firms (Table 2), the counts the area's firms, totals the sums.
        const string table4 = "table4-education-by-area.csv";
        string[] qualifications = ["High School", "Bachelor's degree / Engineering degree", "Master's / PhD"];
        var area127 = firms.Append(new KeyValuePair<string, int>("Total", n)).ToArray();
        foreach (var (area, firmsInArea) in area127)
        {
            var column = ledger.In(Folder, table4, where: c => c.Row.EndsWith(" · " + area));
            var counts = qualifications.Select(q => Percentages.ImpliedCounts(N(table4, $"{q} · {area}", "percent").Value, firmsInArea)).ToArray();
            bool whole = counts.All(k => k.Length == 1);
            bool printedCounts = qualifications.Select((q, i) => (q, i)).All(x => column.FirstOrDefault(c => c.Row == $"{x.q} · {area}" && c.Column == "firms_printed") is not { } p || (whole && p.Value == counts[x.i][0]));
            ledger.Identity(column, whole && counts.Sum(k => k[0]) == firmsInArea && printedCounts
                && N(table4, $"Total · {area}", "percent").Value == 100 && N(table4, $"Total · {area}", "firms_printed").Value == firmsInArea,
                "each share one whole count of the area's firms (Table 2), the counts printed beside them, the qualifications adding up to the area's firms and 100.0");
        }
        foreach (string q in qualifications)
        {
            var total = N(table4, $"{q} · Total", "percent");
            var counts = Areas.Select(a => Percentages.ImpliedCounts(N(table4, $"{q} · {a}", "percent").Value, firms[a])).ToArray();
            ledger.Identity([total], counts.All(k => k.Length == 1) && total.IsPrintedAs(100.0 * counts.Sum(k => k[0]) / n), $"the areas' counts over the {n} firms");
        }

        // Table 5: the Total column is the areas' means weighted by their firms (Table 2); tolerance 0.1, as each mean is
        // printed to 0.1 (the weighted mean moves by at most 0.05) and so is the total (another 0.05).
        const string table5 = "table5-entrepreneur-profile-by-area.csv";
        foreach (var measure in ledger.In(Folder, table5).GroupBy(c => c.Row.Split(" · ")[0]))
        {
            double weighted = Areas.Sum(a => firms[a] * N(table5, $"{measure.Key} · {a}", "value").Value) / n;
            ledger.Identity(measure, Math.Abs(weighted - N(table5, $"{measure.Key} · Total", "value").Value) <= 0.1, "the areas' means weighted by their firms (Table 2) give the total within 0.1 (both rounded)");
        }

        // Table 7: one whole count of 127 each.
        foreach (var p in ledger.In(Folder, "table7-ris-relations.csv"))
            ledger.Identity([p], Percentages.ImpliedCounts(p.Value, n, p.Decimals).Length == 1, $"one whole count of the {n} firms");

        // Table 8: No and Yes whole counts of the area's firms adding up to them; the totals the sums over 127.
        const string table8 = "table8-innovation-by-area.csv";
        int[] sums = [0, 0];
        string[] answers = ["No", "Yes"];
        foreach (string area in Areas)
        {
            var counts = answers.Select(a => Percentages.ImpliedCounts(N(table8, $"{a} · {area}", "percent").Value, firms[area])).ToArray();
            bool whole = counts.All(k => k.Length == 1);
            ledger.Identity(answers.Select(a => N(table8, $"{a} · {area}", "percent")), whole && counts.Sum(k => k[0]) == firms[area], "No and Yes, whole counts of the area's firms (Table 2), add up to them");
            if (whole) for (int a = 0; a < 2; a++) sums[a] += counts[a][0];
        }
        for (int a = 0; a < 2; a++)
            ledger.Identity([N(table8, $"{answers[a]} · Total", "percent")], N(table8, $"{answers[a]} · Total", "percent").IsPrintedAs(100.0 * sums[a] / n), $"the areas' counts over the {n} firms");

        // The eleven numbers the text repeats from the tables, at the text's precision.
        foreach (var (key, file, row, column, scale) in new[]
        {
            ("text_bachelor_percent", table4, "Bachelor's degree / Engineering degree · Total", "percent", 1.0),
            ("text_master_phd_percent", table4, "Master's / PhD · Total", "percent", 1),
            ("text_entrepreneur_age", table5, "Age of entrepreneur (average years) · Total", "value", 1),
            ("text_jobs_before", table5, "Jobs before creating the company (average) · Total", "value", 1),
            ("text_last_job_years", table5, "Duration of last employment (average years) · Total", "value", 1),
            ("text_government_funds_percent", "table7-ris-relations.csv", "In the last five years, the company had access to government program funds", "percent", 1),
            ("text_innovated_percent", table8, "Yes · Total", "percent", 1),
            ("text_innovated_tijuana_percent", table8, "Yes · Tijuana", "percent", 1),
            ("text_innovated_juarez_percent", table8, "Yes · Juárez", "percent", 1),
            ("text_r2_percent", "table9-model-statistics.csv", "R2", "value", 100),
            ("text_durbin_watson", "table9-model-statistics.csv", "DW", "value", 1),
        })
            ledger.Identity([Fact(key), N(file, row, column)], Fact(key).IsPrintedAs(scale * N(file, row, column).Value), "the text repeats the table's number");

        // Table 9: the exponential model refitted on the reconstructed firms (synthetic; six with a zero dropped).
        var synthetic = CsvData.Load(Path.Combine(dataFolder, Folder, KnowledgeIntensiveData.FirmsFile));
        var cobbDouglas = CobbDouglas.Fit(synthetic, "y", ["x1", "x2", "x3", "x4"], policy: NonPositivePolicy.Drop);
        const string refit = "the log-linear model refitted on the reconstructed firms (synthetic)";
        foreach (var term in new[] { "Constant", "ln X1", "ln X2", "ln X3", "ln X4" })
        {
            var c = cobbDouglas.Regression[term == "Constant" ? ModelTerms.Constant : term.Replace("ln X", "x")];
            ledger.Recomputed(N("table9-exponential-model.csv", $"exponential · {term}", "coefficient"), c.Estimate, refit);
            ledger.Recomputed(N("table9-exponential-model.csv", $"exponential · {term}", "t"), c.T, refit);
        }
        ledger.Recomputed(N("table9-model-statistics.csv", "R2", "value"), cobbDouglas.Regression.RSquared, refit);
        ledger.Recomputed(N("table9-model-statistics.csv", "F", "value"), cobbDouglas.Regression.FStatistic, refit);
        ledger.Recomputed(N("table9-model-statistics.csv", "DW", "value"), cobbDouglas.Regression.DurbinWatson, refit);

        // Park test: S.E. = coefficient / t, and S.E.(Park) / S.E.(Table 9) must be one ratio σ_Park/σ for all terms.
        double Ratio(string term) =>
            PrintedRegression.StdErrorFromT(N("table9-exponential-model.csv", $"park · {term}", "coefficient").Value, N("table9-exponential-model.csv", $"park · {term}", "t").Value)
            / PrintedRegression.StdErrorFromT(N("table9-exponential-model.csv", $"exponential · {term}", "coefficient").Value, N("table9-exponential-model.csv", $"exponential · {term}", "t").Value);
        PrintedNumber[] Park(params string[] terms) => [.. terms.SelectMany(t => new[] { N("table9-exponential-model.csv", $"park · {t}", "coefficient"), N("table9-exponential-model.csv", $"park · {t}", "t") })];
        string[] agreeing = ["Constant", "ln X1", "ln X4"];
        ledger.Identity(Park(agreeing), agreeing.All(t => Ratio(t) is > 0.51 and < 0.53), $"coefficient / t gives S.E.s one multiple (≈ {agreeing.Average(Ratio):0.00}) of Table 9's, as the same regressors and cases require");
        string[] slipped = ["ln X2", "ln X3"];
        ledger.Inconsistent(Park(slipped), slipped.All(t => Ratio(t) is > 5.1 and < 5.3), $"their S.E.s are ≈ {slipped.Average(Ratio):0.0} times Table 9's where the other terms' are ≈ {agreeing.Average(Ratio):0.00}: a decimal slip");

        // Table 10: backward elimination on the reconstructed firms ends at X1 and X3; df one per term.
        var steps = LogisticRegression.Backward(synthetic, "innovated", ["x1_score", "x2_score", "x3_score", "x4_score"], KnowledgeIntensiveData.RemovalP);
        var table10 = KnowledgeIntensiveTables.Table10(steps[^1].Fit, dataFolder);
        string[] quantities = ["B", "S.E.", "Wald", "Sig.", "Exp(B)"], columns = ["B", "SE", "Wald", "Sig", "ExpB"];
        foreach (var term in new[] { "X1", "X3", "Constant" })
        {
            for (int q = 0; q < quantities.Length; q++)
            {
                var cell = N("table10-logistic-regression.csv", term, columns[q]);
                if ((term, quantities[q]) is ("X1", "Exp(B)") or ("X3", "Sig.")) continue;
                ledger.Recomputed(cell, table10[term, quantities[q]].Reproduced, "backward elimination (p > 0.10 out) on the reconstructed firms (synthetic)");
            }
            ledger.Recomputed(N("table10-logistic-regression.csv", term, "df"), steps[^1].Fit[term == "Constant" ? ModelTerms.Constant : $"{term.ToLowerInvariant()}_score"].DegreesOfFreedom, "one parameter per term");
        }
        var x1 = N("table10-logistic-regression.csv", "X1", "B");
        var x1ExpB = N("table10-logistic-regression.csv", "X1", "ExpB");
        ledger.Inconsistent([x1ExpB], Math.Abs(Math.Exp(x1.Value) - x1ExpB.Value) > 0.01, $"e^{x1.Printed} = {Math.Exp(x1.Value):0.0000}, not {x1ExpB.Printed}");
        var x3Wald = N("table10-logistic-regression.csv", "X3", "Wald");
        var x3Sig = N("table10-logistic-regression.csv", "X3", "Sig");
        double x3Z = N("table10-logistic-regression.csv", "X3", "B").Value / N("table10-logistic-regression.csv", "X3", "SE").Value;
        ledger.Inconsistent([x3Sig], !x3Sig.IsPrintedAs(Tails.ChiSquare(x3Wald.Value, 1)),
            $"P(χ²₁ ≥ {x3Wald.Printed}) = {Tails.ChiSquare(x3Wald.Value, 1):0.0000}, not {x3Sig.Printed} ({Tails.ChiSquare(x3Z * x3Z, 1):0.0000} is what the printed B/S.E. give)");

        // Table 11: t = coefficient / S.E. over their rounding; R² and F imply 119 residual df, the same 121 firms as Table 9's.
        const string table11 = "table11-adjusted-model.csv";
        foreach (var term in new[] { "ln X1", "ln X3" })
        {
            PrintedNumber b = N(table11, term, "coefficient"), se = N(table11, term, "SE"), t = N(table11, term, "t");
            ledger.Identity([b, se, t], t.Published.FollowsFrom(b.Published, se.Published, (x, y) => x / y), "t = coefficient / S.E. over their rounding");
        }
        int[] Df(string file, int predictors) => PrintedRegression.PossibleResidualDegreesOfFreedom(N(file, "F", "value").Value, N(file, "F", "value").Decimals, N(file, "R2", "value").Value, N(file, "R2", "value").Decimals, predictors);
        int[] df9 = Df("table9-model-statistics.csv", 4), df11 = Df("table11-model-statistics.csv", 2);
        ledger.Identity([N("table11-model-statistics.csv", "R2", "value"), N("table11-model-statistics.csv", "F", "value")],
            df9.Length == 1 && df11.Length == 1 && df11[0] + 2 == df9[0] + 5, $"R² and F give {df11.FirstOrDefault()} residual df (two regressors, no constant): {df11.FirstOrDefault() + 2} firms, as Table 9's R² and F give");
    }
}
