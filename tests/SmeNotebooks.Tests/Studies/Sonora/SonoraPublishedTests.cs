using System.Globalization;
using SmeNotebooks.Data;
using SmeNotebooks.Display;
using SmeNotebooks.Models;
using SmeNotebooks.Studies.Sonora;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Studies.Sonora;

/// <summary>
/// Numbers printed in the Sonora paper ("Innovation capabilities and the internationalization of SMEs in Sonora,
/// Mexico"; the extractions give no authors, journal or year), reproduced from what the paper gives. Every printed
/// number is read from data/sonora/ (never typed here), and each tolerance is half a unit of the digit the paper
/// prints last (<see cref="PublishedValue.HalfUnit"/>), unless the test says why it is looser.
/// </summary>
public class SonoraPublishedTests
{
    private static readonly string Data = Fixtures.DataFolder;

    /// <summary>The printed Table 4 coefficients (data/sonora/table4-variables-in-equation.csv, column B).</summary>
    private static LogitEquation Table4 => SonoraData.PublishedEquation(Data);

    private static PublishedTable Printed(string file) => SonoraData.Printed(Data, file, file);

    [Fact]
    public void Table2_step0_constant_follows_from_Table3s_40_internationalized_of_116()
    {
        // Sonora paper, Table 2 ("Variables on the equation", Step 0), as data/sonora/table2-step0.csv holds it:
        // B = -,642; E.T. = ,195; Wald = 10,797; gl = 1; Sig. = ,001; Exp(B) = ,526. The constant-only model depends on
        // the counts alone, which Table 3 gives: observed yes 13 + 27 = 40, observed no 65 + 11 = 76.
        var table3 = Printed("table3-classification.csv").Frame;
        double Observed(string row) => Lookup.Number(table3, "predicted_no", ("observed", row)) + Lookup.Number(table3, "predicted_yes", ("observed", row));
        double yes = Observed("yes"), no = Observed("no");
        var y = Enumerable.Range(0, (int)(yes + no)).Select(i => i < yes ? 1.0 : 0.0).ToArray();
        var constant = LogisticRegression.Fit(y.Select(_ => Array.Empty<double>()).ToArray(), y)["Constant"];
        var table2 = Printed("table2-step0.csv");
        foreach (var (column, computed) in new[] { ("B", constant.Estimate), ("SE", constant.StdError), ("Wald", constant.Wald), ("Sig", constant.PValue), ("ExpB", constant.OddsRatio) })
        {
            var printed = table2.Value(column, ("term", "Constant"));
            Fixtures.Near(printed.Value, computed, printed.HalfUnit, $"Table 2 {column}");
        }
        Assert.Equal(1, table2.Value("df", ("term", "Constant")).Value);   // one parameter: the constant
        // Analytic form: B = ln(n1/n0), S.E. = sqrt(1/n1 + 1/n0).
        Fixtures.Near(Math.Log(yes / no), constant.Estimate, 1e-12, "B = ln(n1/n0)");
        Fixtures.Near(Math.Sqrt(1 / yes + 1 / no), constant.StdError, 1e-12, "S.E. = sqrt(1/n1 + 1/n0)");
    }

    [Fact]
    public void Table3_percentages_are_its_own_counts()
    {
        // Sonora paper, Table 3 (classification): each row's percentage correct is its correct count over the row's
        // firms, and the overall percentage is the diagonal over all 116 — each equal, at the printed decimals, to the
        // printed value (85.5 = 65/76, 67.5 = 27/40, 79.3 = 92/116).
        var table3 = Printed("table3-classification.csv");
        double Cell(string row, string column) => Lookup.Number(table3.Frame, column, ("observed", row));
        foreach (var (row, correct) in new[] { ("no", "predicted_no"), ("yes", "predicted_yes") })
        {
            var printed = table3.Value("percent_correct", ("observed", row));
            Assert.Equal(Fixtures.AsPrinted(printed.Value, printed.Decimals), Fixtures.AsPrinted(100 * Cell(row, correct) / (Cell(row, "predicted_no") + Cell(row, "predicted_yes")), printed.Decimals));
        }
        var overall = table3.Value("percent_correct", ("observed", "overall"));
        double diagonal = Cell("no", "predicted_no") + Cell("yes", "predicted_yes"), all = new[] { "no", "yes" }.Sum(r => Cell(r, "predicted_no") + Cell(r, "predicted_yes"));
        Assert.Equal(Fixtures.AsPrinted(overall.Value, overall.Decimals), Fixtures.AsPrinted(100 * diagonal / all, overall.Decimals));
        Assert.Equal(116, all);   // the sample the paper states (§3), from the table's own counts
    }

    /// <summary>Sonora paper, Table 5 (data/sonora/table5-predicted-probabilities.csv): each row's codes and its printed probability.</summary>
    public static TheoryData<int, int, int, string> Table5()
    {
        var data = new TheoryData<int, int, int, string>();
        var table5 = CsvData.Load(Path.Combine(Fixtures.DataFolder, "sonora", "table5-predicted-probabilities.csv"));
        for (int r = 0; r < table5.Rows.Count; r++)
            data.Add((int)Lookup.Number(table5, "size_code", r), (int)Lookup.Number(table5, "capinno_code", r), (int)Lookup.Number(table5, "activity_code", r),
                Lookup.Text(table5, "activity", r) + " " + Lookup.Text(table5, "size", r) + " " + Lookup.Text(table5, "capabilities", r));
        return data;
    }

    [Theory]
    [MemberData(nameof(Table5))]
    public void Table5_probabilities_follow_from_the_printed_Table4_coefficients(int size, int capinno, int activity, string profile)
    {
        // Tolerance: half a unit of Table 5's printed last digit (0.005), applied to the probabilities that
        // coefficients rounding to Table 4's printed three decimals can give (each B is known only to ±0.0005).
        var printed = Printed("table5-predicted-probabilities.csv").Value("probability",
            ("size_code", size.ToString(CultureInfo.InvariantCulture)), ("capinno_code", capinno.ToString(CultureInfo.InvariantCulture)), ("activity_code", activity.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(2, printed.Decimals);
        AssertReachable(printed.Value, capinno, activity, size, $"Table 5 {profile}");
    }

    [Fact]
    public void Table5_has_every_profile_once()
    {
        // 3 sizes × 3 capability levels × 2 activities, each printed once.
        Assert.Equal(18, Table5().Count());
        Assert.Equal(18, Table5().Select(r => (r[0], r[1], r[2])).Distinct().Count());
    }

    [Fact]
    public void Table5_small_MM_high_needs_the_unrounded_coefficients()
    {
        // The one cell where the printed B alone miss the printed value: η = −2.193 + 1.105 + 2·1.473 = 1.858 gives
        // P = 0.86506, which rounds to 0.87, but Table 5 prints 0.86. logit(0.865) = 1.85745 lies only 0.0005
        // below η, inside the ±0.002 that rounding of the four B values allows — so 0.86 is what SPSS's unrounded
        // coefficients can give, not a misprint.
        double p = Table4.Probability(2, 0, 1);
        Assert.InRange(p, 0.865, 0.8651);
        double boundary = Math.Log(0.865 / 0.135);
        Assert.InRange(Table4.LogOdds(2, 0, 1) - boundary, 0.0, 0.002);
    }

    /// <summary>
    /// Asserts that some coefficients within ±0.0005 of the printed ones give a probability within 0.005 of
    /// <paramref name="published"/>: P is monotone in η, and η moves by at most 0.0005·(1 + Σ|xᵢ|).
    /// </summary>
    private static void AssertReachable(double published, double capinno, double activity, double size, string what)
    {
        double eta = Table4.LogOdds(capinno, activity, size);
        double slack = 0.0005 * (1 + Math.Abs(capinno) + Math.Abs(activity) + Math.Abs(size));
        double low = 1 / (1 + Math.Exp(-(eta - slack))), high = 1 / (1 + Math.Exp(-(eta + slack)));
        Assert.True(high >= published - 0.005 && low <= published + 0.005,
            $"{what}: printed {published}, reachable [{low:F5}, {high:F5}] from coefficients that round to Table 4.");
    }

    [Fact]
    public void Equation2_small_IT_average_and_its_MM_twin_are_the_texts_020_and_060()
    {
        // Sonora paper, Eq. 2 and the sentence after it (data/sonora/stated-facts.csv): 0.20 for a small IT firm with
        // average capabilities, 0.60 for the MM twin, from Table 4's printed coefficients; half a unit of the text's
        // second decimal.
        var facts = SonoraData.Facts(Data);
        Fixtures.Near(facts["worked_example_small_it_average"].Value, Table4.Probability(1, 1, 1), 0.005, "Eq. 2 IT");
        Fixtures.Near(facts["worked_example_small_mm_average"].Value, Table4.Probability(1, 0, 1), 0.005, "Eq. 2 MM");
    }

    [Fact]
    public void Table4_Wald_Sig_ExpB_and_CI_all_follow_from_the_printed_B_and_SE()
    {
        // Sonora paper, Table 4 (data/sonora/table4-variables-in-equation.csv): every printed Wald, Sig., Exp(B) and 95% C.I.
        // must lie within the range its formula takes while B and S.E. move within their rounding, widened by half a
        // unit of its own last printed digit (0.0005; PublishedValue.FollowsFrom, the decimals read from the file):
        // Wald = (B/S.E.)², Sig. = P(χ²₁ ≥ Wald), Exp(B) = e^B, C.I. = e^(B ∓ 1.96·S.E.). 26 printed values; none was
        // asserted before.
        var table4 = SonoraData.Printed(Fixtures.DataFolder, "table4-variables-in-equation.csv", "Table 4");
        int checkedValues = 0;
        void Follows(string what, PublishedValue printed, PublishedValue b, PublishedValue se, Func<double, double, double> f)
        {
            var (low, high) = PublishedValue.RangeWithinRounding(b, se, f);
            Assert.True(printed.FollowsFrom(b, se, f), $"{what}: printed {printed.Value} outside [{low:F5}, {high:F5}] ± {printed.HalfUnit}");
            checkedValues++;
        }
        double z = SmeNotebooks.Numerics.Tails.Z975;
        for (int r = 0; r < table4.Frame.Rows.Count; r++)
        {
            string term = SmeNotebooks.Data.Lookup.Text(table4.Frame, "term", r);
            PublishedValue P(string column) => table4.Value(column, ("term", term));
            PublishedValue b = P("B"), se = P("SE");
            Assert.Equal(1, P("df").Value);
            Follows($"{term} Wald", P("Wald"), b, se, (bb, ss) => bb * bb / (ss * ss));
            Follows($"{term} Sig.", P("Sig"), b, se, (bb, ss) => SmeNotebooks.Numerics.Tails.ChiSquare(bb * bb / (ss * ss), 1));
            Follows($"{term} Exp(B)", P("ExpB"), b, se, (bb, _) => Math.Exp(bb));
            if (SmeNotebooks.Data.Lookup.OptionalNumber(table4.Frame, "CI_lower", r) is null) continue;   // SPSS prints no C.I. for the constant
            Follows($"{term} C.I. lower", P("CI_lower"), b, se, (bb, ss) => Math.Exp(bb - z * ss));
            Follows($"{term} C.I. upper", P("CI_upper"), b, se, (bb, ss) => Math.Exp(bb + z * ss));
        }
        Assert.Equal(18, checkedValues);   // 4 Wald + 4 Sig. + 4 Exp(B) + 3 × 2 C.I. bounds, besides the 8 B and S.E.
    }
}
