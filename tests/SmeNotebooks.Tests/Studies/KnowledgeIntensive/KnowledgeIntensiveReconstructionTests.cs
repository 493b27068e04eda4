using SmeNotebooks.Data;
using SmeNotebooks.Models;
using SmeNotebooks.Survey;
using SmeNotebooks.Tests.Support;
using SmeNotebooks.Studies.KnowledgeIntensive;

namespace SmeNotebooks.Tests.Studies.KnowledgeIntensive;

/// <summary>The SYNTHETIC knowledge-intensive firms (data/knowledge-intensive/firms-synthetic.csv) against the knowledge-intensive paper's tables.</summary>
public class KnowledgeIntensiveReconstructionTests
{
    private static readonly string DataFolder = Fixtures.DataFolder;
    private static readonly Microsoft.Data.Analysis.DataFrame Firms = CsvData.Load(Path.Combine(DataFolder, "knowledge-intensive", KnowledgeIntensiveData.FirmsFile));
    private static readonly CobbDouglasFit Fit = CobbDouglas.Fit(Firms, "y", ["x1", "x2", "x3", "x4"], policy: NonPositivePolicy.Drop);

    [Fact]
    [Trait("Category", "Determinism")]
    public void Regenerating_from_the_seed_gives_the_committed_file_byte_for_byte()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(DataFolder, "knowledge-intensive", KnowledgeIntensiveData.FirmsFile)),
            CsvData.ToCsv(KnowledgeIntensiveData.Firms(DataFolder)));
    }

    [Fact]
    public void The_log_model_uses_121_firms_because_six_have_a_zero()
    {
        Assert.Equal(127, Firms.Rows.Count);
        Assert.Equal(121, Fit.N);
        Assert.Equal(6, Fit.Dropped.Values.Sum());
    }

    [Fact]
    public void Table9_is_reproduced_to_every_printed_digit()
    {
        // Knowledge-intensive paper, Table 9: ln Y = −0.624 + 0.373 ln X1 + 0.249 ln X2 + 0.384 ln X3 + 0.049 ln X4;
        // t −1.444, 2.097, 1.606, 2.738, 0.189; R² 0.274; F 10.95; DW 1.8. Tolerance: half a unit of the last printed digit.
        var table9 = KnowledgeIntensiveData.Load(DataFolder, "table9-exponential-model.csv");
        for (int r = 0; r < table9.Rows.Count; r++)
        {
            if ((string)table9["model"][r]! != "exponential") continue;
            string term = (string)table9["term"][r]!;
            var coefficient = Fit.Regression[term == "Constant" ? "Constant" : term.Replace("ln X", "x")];
            Fixtures.Near((double)table9["coefficient"][r]!, coefficient.Estimate, 0.0005, $"{term} coefficient");
            Fixtures.Near((double)table9["t"][r]!, coefficient.T, 0.0005, $"{term} t");
        }
        Fixtures.Near(0.274, Fit.Regression.RSquared, 0.0005, "R²");
        Fixtures.Near(10.95, Fit.Regression.FStatistic, 0.005, "F");
        Fixtures.Near(1.8, Fit.Regression.DurbinWatson, 0.05, "Durbin-Watson");
    }

    [Fact]
    public void Areas_activities_and_innovators_follow_Tables_2_and_8()
    {
        int Count(Func<int, bool> where) => Enumerable.Range(0, (int)Firms.Rows.Count).Count(where);
        string Area(int r) => (string)Firms["area"][r]!;
        Assert.Equal(12, Count(r => Area(r) == "Tijuana" && (string)Firms["activity"][r]! == "Manufacturing"));
        Assert.Equal(97, Count(r => (string)Firms["activity"][r]! == "Services"));
        var expected = new Dictionary<string, int> { ["Tijuana"] = 27, ["Juárez"] = 19, ["Hermosillo"] = 15, ["Monterrey"] = 13 };
        foreach (var (area, yes) in expected) Assert.Equal(yes, Count(r => Area(r) == area && (double)Firms["innovated"][r]! == 1));
    }

    [Fact]
    public void Normalized_variables_are_the_min_max_of_their_scores()
    {
        foreach (var variable in KnowledgeIntensiveData.Variables)
        {
            var normalized = Firms[variable].Cast<double?>().Select(v => v!.Value).ToArray();
            var rescaled = Scaling.MinMax(Firms[$"{variable}_score"].Cast<double?>().Select(v => v!.Value).ToArray());
            Assert.Equal(0.0, normalized.Min());
            Assert.Equal(1.0, normalized.Max());
            for (int i = 0; i < normalized.Length; i++) Assert.Equal(normalized[i], rescaled[i], 12);
        }
    }

    [Fact]
    public void Backward_elimination_drops_X2_then_X4_and_ends_at_Table10()
    {
        // Knowledge-intensive paper, §5, Table 10 (backward elimination kept X1 and X3): B 0.4325 / 0.3334 / −3.3074, S.E. 0.2029 / 0.155 /
        // 0.9985, Wald 4.545 / 4.6162 / 10.9722, Sig. 0.0330 / 0.0315 / 0.0009, Exp(B) 1.5541 / 1.3958 / 0.0366; each within
        // half a unit of its last printed digit — except X1's Exp(B) (e^0.4325 = 1.5411: a slip in the paper) and X3's Sig.
        // (0.0315 is P(χ²₁ ≥ (0.3334/0.155)²), the rounded values' Wald; the printed Wald 4.6162 gives 0.0317).
        var steps = LogisticRegression.Backward(Firms, "innovated", ["x1_score", "x2_score", "x3_score", "x4_score"], KnowledgeIntensiveData.RemovalP);
        Assert.Equal([null, "x2_score", "x4_score"], steps.Select(s => s.Removed));
        var comparison = KnowledgeIntensiveTables.Table10(steps[^1].Fit, DataFolder);
        Assert.Equal(15, comparison.Rows.Count);
        Assert.Equal([("X1", "Exp(B)"), ("X3", "Sig.")], comparison.Disagreements.Select(r => (r.Term, r.Quantity)));
        Fixtures.Near(0.0317, comparison["X3", "Sig."].Reproduced, 0.00005, "X3 Sig. from the printed Wald");
    }

    [Fact]
    public void On_normalized_values_Table10_could_not_reach_the_share_of_innovators()
    {
        // Knowledge-intensive paper, Table 10 (read from the CSV) on X ∈ [0, 1]: both slopes are positive, so the largest P is at X1 = X3 = 1,
        // 1/(1 + e^−(−3.3074 + 0.4325 + 0.3334)) ≈ 0.073, yet 74 of 127 firms innovated (Table 8) and a logit with a
        // constant predicts the sample share on average (its mean fitted P equals the share).
        var table10 = KnowledgeIntensiveData.Load(DataFolder, "table10-logistic-regression.csv");
        double B(string term) => Lookup.Number(table10, "B", ("term", term));
        Assert.True(B("X1") > 0 && B("X3") > 0);
        double largest = 1 / (1 + Math.Exp(-(B("Constant") + B("X1") + B("X3"))));
        double share = Firms["innovated"].Cast<double?>().Average(v => v!.Value);
        Assert.Equal(74, Firms["innovated"].Cast<double?>().Sum(v => v!.Value));
        Assert.True(largest < share / 5, $"largest P {largest:F3} against the share {share:F3}");
    }

    [Fact]
    public void Composite_scores_are_nonnegative_sums_within_the_items_range()
    {
        // Each index is a SYNTHETIC sum of items scored 0-5 (8 for Y, 6 for X1, 3 for X2, 12 for X3, 3 for X4).
        foreach (var (name, items) in new[] { ("y", 8), ("x1", 6), ("x2", 3), ("x3", 12), ("x4", 3) })
        {
            var scores = Firms[$"{name}_score"].Cast<double?>().Select(v => v!.Value).ToArray();
            Assert.True(scores.Min() >= 0 && scores.Max() <= 5 * items, $"{name}_score spans [{scores.Min()}, {scores.Max()}], outside [0, {5 * items}].");
        }
    }

    [Fact]
    [Trait("Category", "Determinism")]
    public void Items_regenerate_byte_for_byte_and_rebuild_every_index()
    {
        string path = Path.Combine(DataFolder, "knowledge-intensive", KnowledgeIntensiveData.ItemsFile);
        Assert.Equal(File.ReadAllText(path), CsvData.ToCsv(KnowledgeIntensiveData.Items(Firms)));
        var items = CsvData.Load(path);
        foreach (var group in KnowledgeIntensiveData.IndexItems.GroupBy(i => i.Index))
        {
            var vectors = group.Select((item, k) => Lookup.Where(items, ("index", group.Key), ("item", (k + 1).ToString())).Select(r => Lookup.Number(items, "value", r)).ToArray()).ToArray();
            foreach (var (item, values) in group.Zip(vectors))
            {
                Assert.Equal(item.Low, values.Min(), 12);
                Assert.Equal(item.High, values.Max(), 12);
            }
            var (sum, normalized) = Scaling.RangeIndex(KnowledgeIntensiveData.ItemScale, vectors);
            for (int i = 0; i < normalized.Length; i++)
            {
                Fixtures.Near(Lookup.Number(Firms, group.Key, i), normalized[i], 1e-9, $"{group.Key} of firm {i + 1}");
                Fixtures.Near(Lookup.Number(Firms, $"{group.Key}_score", i), sum[i], 1e-9, $"{group.Key}_score of firm {i + 1}");
            }
        }
    }
}
