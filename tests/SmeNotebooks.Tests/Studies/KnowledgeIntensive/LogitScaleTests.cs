using SmeNotebooks.Studies.KnowledgeIntensive;
using SmeNotebooks.Models;
using SmeNotebooks.Reconstruction;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Studies.KnowledgeIntensive;

/// <summary>Rescaling a logit's predictors onto published coefficients, on the R fixture's synthetic data.</summary>
public class LogitScaleTests
{
    private static LogisticFit TwoPredictorFit()
    {
        var data = SmeNotebooks.Data.CsvData.Load(Path.Combine(Fixtures.Folder("R"), "synthetic-sonora.csv"));
        return LogisticRegression.Fit(data, "internationalized", "capinno", "size");
    }

    [Fact]
    public void Refitting_on_the_solved_scales_prints_the_target_slopes_and_constant()
    {
        var fit = TwoPredictorFit();
        double[] slopes = [fit.Coefficients[0].Estimate / 3, fit.Coefficients[1].Estimate / 2];
        double constant = fit.Coefficients[2].Estimate - 1, se = LogitScale.SmallestConstantSe(fit, constant) * 1.2;
        var scales = LogitScale.ForPublished(fit, slopes, constant, se);
        var data = SmeNotebooks.Data.CsvData.Load(Path.Combine(Fixtures.Folder("R"), "synthetic-sonora.csv"));
        var rows = Enumerable.Range(0, (int)data.Rows.Count).Select(r => new[]
            { scales[0].Score(SmeNotebooks.Data.Lookup.Number(data, "capinno", r)), scales[1].Score(SmeNotebooks.Data.Lookup.Number(data, "size", r)) }).ToArray();
        var refit = LogisticRegression.Fit(rows, fit.Observed.ToArray(), "a", "b");
        Fixtures.Near(slopes[0], refit.Coefficients[0].Estimate, 1e-8, "first slope");
        Fixtures.Near(slopes[1], refit.Coefficients[1].Estimate, 1e-8, "second slope");
        Fixtures.Near(constant, refit.Coefficients[2].Estimate, 1e-8, "constant");
        Fixtures.Near(se, refit.Coefficients[2].StdError, 1e-8, "constant S.E.");
        Fixtures.Near(fit.Coefficients[0].Wald, refit.Coefficients[0].Wald, 1e-8, "Wald is scale-free");
    }

    [Fact]
    public void An_unattainable_constant_SE_is_refused_with_the_smallest_attainable()
    {
        var fit = TwoPredictorFit();
        double constant = fit.Coefficients[2].Estimate;
        var error = Assert.Throws<InvalidOperationException>(() => LogitScale.ForPublished(fit, [1, 1], constant, LogitScale.SmallestConstantSe(fit, constant) / 2));
        Assert.Contains("smallest attainable", error.Message);
    }
}
