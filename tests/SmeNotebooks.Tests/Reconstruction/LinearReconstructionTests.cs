using SmeNotebooks.Models;
using SmeNotebooks.Reconstruction;

namespace SmeNotebooks.Tests.Reconstruction;

/// <summary>Data on which OLS prints a given table, with or without a bound on the values.</summary>
public class LinearReconstructionTests
{
    // A made-up table (not a paper's): two slopes with their t values, a constant, R², 100 cases, Durbin-Watson 2.0.
    private static readonly LinearTarget Target = new([0.5, 0.3], [2.5, 2.0], -1.0, -3.0, 0.2, 100, 2.0);

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    public void The_refit_prints_the_target_and_respects_the_bound(double? below)
    {
        var built = LinearReconstruction.Build(Target, seed: 7, below);
        var fit = LinearRegression.Fit(built.Regressors, built.Outcome, ["x1", "x2"]);
        for (int j = 0; j < 2; j++)
        {
            Assert.Equal(Target.Slopes[j], fit.Coefficients[j].Estimate, 9);
            Assert.Equal(Target.SlopeT[j], fit.Coefficients[j].T, 9);
        }
        Assert.Equal(Target.Constant, fit[ModelTerms.Constant].Estimate, 9);
        Assert.Equal(Target.RSquared, fit.RSquared, 9);
        Assert.InRange(fit.DurbinWatson, Target.DurbinWatson - 0.01, Target.DurbinWatson + 0.01);   // cases are reordered until DW is within 0.01
        if (below is { } bound)
            Assert.All(built.Regressors.SelectMany(r => r).Concat(built.Outcome), v => Assert.True(v < bound, $"{v} is not below {bound}"));
    }
}
