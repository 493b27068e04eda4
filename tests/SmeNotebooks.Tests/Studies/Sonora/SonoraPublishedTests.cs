using SmeNotebooks.Models;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Studies.Sonora;

/// <summary>
/// Numbers printed in the Sonora paper ("Innovation capabilities and the internationalization of SMEs in Sonora,
/// Mexico"; the extractions give no authors, journal or year), reproduced from what the paper gives.
/// </summary>
public class SonoraPublishedTests
{
    /// <summary>The printed Table 4 coefficients: Capinno 1.473, Activity(1) −1.751, Size 1.105, Constant −2.193.</summary>
    private static readonly LogitEquation Table4 = new(["capinno", "activity", "size"], [1.473, -1.751, 1.105], -2.193);

    [Fact]
    public void Table2_step0_constant_follows_from_40_internationalized_of_116()
    {
        // Sonora paper, Table 2 ("Variables on the equation", Step 0): B = -,642; E.T. = ,195; Wald = 10,797; Sig. = ,001; Exp(B) = ,526.
        var y = Enumerable.Range(0, 116).Select(i => i < 40 ? 1.0 : 0.0).ToArray();
        var rows = y.Select(_ => Array.Empty<double>()).ToArray();
        var constant = LogisticRegression.Fit(rows, y)["Constant"];
        Fixtures.Near(-0.642, constant.Estimate, 0.0005, "Table 2 B");
        Fixtures.Near(0.195, constant.StdError, 0.0005, "Table 2 S.E.");
        Fixtures.Near(10.797, constant.Wald, 0.0005, "Table 2 Wald");
        Fixtures.Near(0.001, constant.PValue, 0.0005, "Table 2 Sig.");
        Fixtures.Near(0.526, constant.OddsRatio, 0.0005, "Table 2 Exp(B)");
        // Analytic form: B = ln(40/76), S.E. = sqrt(1/40 + 1/76).
        Fixtures.Near(Math.Log(40.0 / 76), constant.Estimate, 1e-12, "B = ln(n1/n0)");
        Fixtures.Near(Math.Sqrt(1.0 / 40 + 1.0 / 76), constant.StdError, 1e-12, "S.E. = sqrt(1/n1 + 1/n0)");
    }

    /// <summary>Sonora paper, Table 5: size (0 micro, 1 small, 2 medium), capabilities (0 low, 1 average, 2 high), IT and MM columns.</summary>
    public static TheoryData<int, int, double, double> Table5 => new()
    {
        { 0, 0, 0.02, 0.10 }, { 1, 0, 0.06, 0.25 }, { 2, 0, 0.15, 0.50 },
        { 0, 1, 0.08, 0.33 }, { 1, 1, 0.20, 0.60 }, { 2, 1, 0.44, 0.82 },
        { 0, 2, 0.27, 0.68 }, { 1, 2, 0.53, 0.86 }, { 2, 2, 0.77, 0.95 },
    };

    [Theory]
    [MemberData(nameof(Table5))]
    public void Table5_probabilities_follow_from_the_printed_Table4_coefficients(int size, int capinno, double publishedIt, double publishedMm)
    {
        // Tolerance: half a unit of Table 5's second decimal (0.005), applied to the probabilities that
        // coefficients rounding to Table 4's printed three decimals can give (each B is known only to ±0.0005).
        AssertReachable(publishedIt, capinno, 1, size, $"Table 5 IT size={size} capinno={capinno}");
        AssertReachable(publishedMm, capinno, 0, size, $"Table 5 MM size={size} capinno={capinno}");
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
    public void Equation2_small_IT_average_is_020_and_its_MM_twin_060()
    {
        // Sonora paper, Eq. 2 and the sentence after it: 0.20 for a small IT firm with average capabilities, 0.60 for the MM twin.
        Fixtures.Near(0.20, Table4.Probability(1, 1, 1), 0.005, "Eq. 2 IT");
        Fixtures.Near(0.60, Table4.Probability(1, 0, 1), 0.005, "Eq. 2 MM");
    }

    [Fact]
    public void Table4_odds_ratios_and_intervals_follow_from_B_and_SE_within_printing_error()
    {
        // Sonora paper, Table 4: Exp(B) and the 95% C.I. are computed from B and S.E.; printed B and S.E. carry
        // ±0.0005 rounding, so the interval ends are checked to the precision that rounding allows.
        var capinno = new Coefficient("Capinno", 1.473, 0.408);
        Fixtures.Near(4.361, capinno.OddsRatio, 0.003, "Capinno Exp(B)");
        Fixtures.Near(1.960, capinno.OddsRatioLower95, 0.003, "Capinno lower");
        Fixtures.Near(9.701, capinno.OddsRatioUpper95, 0.02, "Capinno upper");
        Fixtures.Near(13.030, capinno.Wald, 0.05, "Capinno Wald");
        var size = new Coefficient("Size", 1.105, 0.558);
        Fixtures.Near(3.019, size.OddsRatio, 0.003, "Size Exp(B)");
        Fixtures.Near(3.917, size.Wald, 0.02, "Size Wald");
        Fixtures.Near(0.048, size.PValue, 0.0005, "Size Sig.");
    }

    /// <summary>
    /// The range of f over B ∈ [B − h, B + h] and S.E. ∈ [S.E. − h, S.E. + h], h = 0.0005 (three printed decimals), for
    /// an f monotone in each argument: its extremes lie at the four corners.
    /// </summary>
    private static (double Low, double High) OverRounding(double b, double se, Func<double, double, double> f)
    {
        const double h = 0.0005;
        var corners = new[] { f(b - h, se - h), f(b - h, se + h), f(b + h, se - h), f(b + h, se + h) };
        return (corners.Min(), corners.Max());
    }

    [Fact]
    public void Table4_Wald_Sig_ExpB_and_CI_all_follow_from_the_printed_B_and_SE()
    {
        // Sonora paper, Table 4 (data/sonora/table4-variables-in-equation.csv): every printed Wald, Sig., Exp(B) and 95% C.I.
        // must lie within the range its formula takes while B and S.E. move within their rounding, widened by half a
        // unit of its own last printed digit (0.0005): Wald = (B/S.E.)², Sig. = P(χ²₁ ≥ Wald), Exp(B) = e^B,
        // C.I. = e^(B ∓ 1.96·S.E.). 26 printed values; none was asserted before.
        var table4 = SmeNotebooks.Data.CsvData.Load(Path.Combine(Fixtures.DataFolder, "sonora", "table4-variables-in-equation.csv"));
        int checkedValues = 0;
        void Within(string what, double printed, (double Low, double High) range)
        {
            Assert.True(printed >= range.Low - 0.0005 && printed <= range.High + 0.0005, $"{what}: printed {printed} outside [{range.Low:F5}, {range.High:F5}] ± 0.0005");
            checkedValues++;
        }
        double z = SmeNotebooks.Numerics.Tails.Z975;
        for (int r = 0; r < table4.Rows.Count; r++)
        {
            string term = SmeNotebooks.Data.Lookup.Text(table4, "term", r);
            double b = SmeNotebooks.Data.Lookup.Number(table4, "B", r), se = SmeNotebooks.Data.Lookup.Number(table4, "SE", r);
            Assert.Equal(1, SmeNotebooks.Data.Lookup.Number(table4, "df", r));
            Within($"{term} Wald", SmeNotebooks.Data.Lookup.Number(table4, "Wald", r), OverRounding(b, se, (bb, ss) => bb * bb / (ss * ss)));
            Within($"{term} Sig.", SmeNotebooks.Data.Lookup.Number(table4, "Sig", r), OverRounding(b, se, (bb, ss) => SmeNotebooks.Numerics.Tails.ChiSquare(bb * bb / (ss * ss), 1)));
            Within($"{term} Exp(B)", SmeNotebooks.Data.Lookup.Number(table4, "ExpB", r), OverRounding(b, se, (bb, _) => Math.Exp(bb)));
            if (SmeNotebooks.Data.Lookup.OptionalNumber(table4, "CI_lower", r) is not double lower) continue;   // SPSS prints no C.I. for the constant
            Within($"{term} C.I. lower", lower, OverRounding(b, se, (bb, ss) => Math.Exp(bb - z * ss)));
            Within($"{term} C.I. upper", SmeNotebooks.Data.Lookup.Number(table4, "CI_upper", r), OverRounding(b, se, (bb, ss) => Math.Exp(bb + z * ss)));
        }
        Assert.Equal(18, checkedValues);   // 4 Wald + 4 Sig. + 4 Exp(B) + 3 × 2 C.I. bounds, besides the 8 B and S.E.
    }
}
