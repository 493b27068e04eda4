using SmeNotebooks.Data;
using SmeNotebooks.Models;
using SmeNotebooks.Survey;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Data;

/// <summary>The SYNTHETIC knowledge-intensive firms (data/knowledge-intensive/firms-synthetic.csv) against seed 002's tables.</summary>
public class KnowledgeIntensiveReconstructionTests
{
    private static readonly string DataFolder = Path.Combine(Fixtures.RepositoryRoot, "data");
    private static readonly Microsoft.Data.Analysis.DataFrame Firms = CsvData.Load(Path.Combine(DataFolder, "knowledge-intensive", KnowledgeIntensiveData.FirmsFile));
    private static readonly CobbDouglasFit Fit = CobbDouglas.Fit(Firms, "y", ["x1", "x2", "x3", "x4"], policy: NonPositivePolicy.Drop);

    [Fact]
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
        // Seed 002, Table 9: ln Y = −0.624 + 0.373 ln X1 + 0.249 ln X2 + 0.384 ln X3 + 0.049 ln X4;
        // t −1.444, 2.097, 1.606, 2.738, 0.189; R² 0.274; F 10.95; DW 1.8. Tolerance: half a unit of the last printed digit.
        var table9 = KnowledgeIntensiveData.Table(DataFolder, "table9-exponential-model.csv");
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
}
