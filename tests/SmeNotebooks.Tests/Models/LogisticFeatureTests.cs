using SmeNotebooks.Data;
using SmeNotebooks.Models;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Models;

/// <summary>Everything a LogisticFit derives beyond the coefficients, checked against independent computations.</summary>
public class LogisticFeatureTests
{
    private static readonly LogisticFit Fit = Fixtures.SyntheticSonoraFit;

    [Fact]
    public void Pseudo_R2_follow_their_definitions()
    {
        double ll0 = Fit.NullModel.LogLikelihood, ll = Fit.LogLikelihood, n = Fit.N;
        Assert.Equal(1 - Math.Exp(2 * (ll0 - ll) / n), Fit.CoxSnellR2, 12);
        Assert.Equal((1 - Math.Exp(2 * (ll0 - ll) / n)) / (1 - Math.Exp(2 * ll0 / n)), Fit.NagelkerkeR2, 12);
        Assert.Equal(1 - ll / ll0, Fit.McFaddenR2, 12);
        Assert.Equal(3, Fit.Omnibus.DegreesOfFreedom);
        Assert.Equal(Fit.NullModel.MinusTwoLogLikelihood - Fit.MinusTwoLogLikelihood, Fit.Omnibus.ChiSquare, 10);
    }

    [Fact]
    public void Classification_table_counts_every_case_once_and_matches_the_predictions()
    {
        var table = Fit.Classify();
        Assert.Equal(Fit.N, table.Total);
        int predictedYes = Fit.FittedProbabilities.Count(p => p > 0.5);
        Assert.Equal(predictedYes, table.TruePositives + table.FalsePositives);
        Assert.Equal((double)table.TruePositives / (table.TruePositives + table.FalseNegatives), table.Sensitivity);
    }

    [Fact]
    public void Prediction_interval_contains_the_estimate_and_uses_the_covariance()
    {
        var prediction = Fit.Predict(1.0, 1, 1);
        Assert.InRange(prediction.Probability, prediction.Lower95, prediction.Upper95);
        double variance = 0;
        double[] x = [1.0, 1, 1, 1];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) variance += x[i] * Fit.Covariance(i, j) * x[j];
        Assert.Equal(Math.Sqrt(variance), prediction.StdErrorLinearPredictor, 12);
        var named = Fit.Predict(new Dictionary<string, double> { ["capinno"] = 1, ["activity"] = 1, ["size"] = 1 });
        Assert.Equal(prediction, named);
        Assert.Throws<ArgumentException>(() => Fit.Predict(1.0, 1));
    }

    [Fact]
    public void Marginal_effect_equals_the_numerical_derivative()
    {
        double h = 1e-6;
        double numeric = (Fit.Predict(1.0 + h, 0, 1).Probability - Fit.Predict(1.0 - h, 0, 1).Probability) / (2 * h);
        var effect = Fit.MarginalEffect("capinno", 1.0, 0, 1);
        Assert.Equal(numeric, effect.Effect, 8);
        Assert.True(effect.StdError > 0);
    }

    [Fact]
    public void Marginal_effect_standard_error_matches_a_numerical_delta_method()
    {
        // Gradient of β_capinno·p(1−p) with respect to each coefficient, by central differences on the equation.
        var equation = Fit.Equation;
        double[] at = [1.0, 0, 1];
        double Effect(double[] slopes, double constant)
        {
            var e = new LogitEquation(equation.Predictors, slopes, constant);
            double p = e.Probability(at);
            return slopes[0] * p * (1 - p);
        }
        var beta = equation.Slopes.Append(equation.Constant).ToArray();
        var gradient = new double[4];
        for (int j = 0; j < 4; j++)
        {
            var up = beta.ToArray(); up[j] += 1e-6;
            var down = beta.ToArray(); down[j] -= 1e-6;
            gradient[j] = (Effect(up[..3], up[3]) - Effect(down[..3], down[3])) / 2e-6;
        }
        double variance = 0;
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) variance += gradient[i] * Fit.Covariance(i, j) * gradient[j];
        Assert.Equal(Math.Sqrt(variance), Fit.MarginalEffect("capinno", at).StdError, 7);
    }

    [Fact]
    public void Average_marginal_effect_is_the_mean_of_the_case_effects()
    {
        double b = Fit["capinno"].Estimate;
        double expected = Fit.FittedProbabilities.Average(p => b * p * (1 - p));
        Assert.Equal(expected, Fit.AverageMarginalEffects.Single(e => e.Predictor == "capinno").Effect, 12);
    }

    [Fact]
    public void Hosmer_Lemeshow_groups_partition_the_cases_and_keep_ties_together()
    {
        var test = Fit.HosmerLemeshow();
        Assert.Equal(Fit.N, test.Groups.Sum(g => g.Size));
        Assert.Equal((int)Fit.Observed.Sum(), test.Groups.Sum(g => g.ObservedEvents));
        Assert.Equal(Fit.FittedProbabilities.Sum(), test.Groups.Sum(g => g.ExpectedEvents), 9);
        Assert.Equal(test.Groups.Count - 2, test.DegreesOfFreedom);
        // Tied fitted probabilities must not straddle two groups.
        var sorted = Fit.FittedProbabilities.OrderBy(p => p).ToArray();
        int start = 0;
        foreach (var group in test.Groups)
        {
            if (start > 0) Assert.NotEqual(sorted[start - 1], sorted[start]);
            start += group.Size;
        }
    }

    [Fact]
    public void Backward_elimination_removes_the_least_significant_until_all_are_below_the_removal_p()
    {
        var data = CsvData.Load(Path.Combine(Fixtures.Folder("R"), "synthetic-sonora.csv"));
        var steps = LogisticRegression.Backward(data, "internationalized", ["capinno", "activity", "size", "score"], 0.10);
        Assert.Null(steps[0].Removed);
        Assert.Equal(4, steps[0].Fit.Predictors.Count);
        for (int s = 1; s < steps.Count; s++)
        {
            var previous = steps[s - 1].Fit;
            var worst = previous.Coefficients.Take(previous.Predictors.Count).MaxBy(c => c.PValue)!;
            Assert.Equal(worst.Name, steps[s].Removed);
            Assert.True(worst.PValue > 0.10);
        }
        var last = steps[^1].Fit;
        Assert.All(last.Coefficients.Take(last.Predictors.Count), c => Assert.True(c.PValue <= 0.10));
    }

    [Fact]
    public void Coefficient_indexer_names_what_exists()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Fit["Size"]);
        Assert.Contains("'size'", ex.Message);
        Assert.Equal("Constant", Fit.Coefficients[^1].Name);
    }
}
