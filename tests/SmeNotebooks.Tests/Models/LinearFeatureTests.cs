using SmeNotebooks.Data;
using SmeNotebooks.Models;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Models;

public class LinearFeatureTests
{
    private static readonly Microsoft.Data.Analysis.DataFrame StackLoss = CsvData.Load(Path.Combine(Fixtures.Folder("R"), "stackloss.csv"));

    [Fact]
    public void VIF_is_one_over_one_minus_the_auxiliary_R2()
    {
        var fit = LinearRegression.Fit(StackLoss, "loss", ["air", "water", "acid"]);
        var auxiliary = LinearRegression.Fit(StackLoss, "air", ["water", "acid"]);
        Assert.Equal(1 / (1 - auxiliary.RSquared), fit.VarianceInflationFactors[0], 9);
        Assert.Equal(1.0, fit.CorrelationMatrix[1, 1]);
    }

    [Fact]
    public void Park_test_regresses_log_squared_residuals_on_the_same_regressors()
    {
        var fit = LinearRegression.Fit(StackLoss, "loss", ["air", "water", "acid"]);
        var park = ParkTest.Of(fit);
        Assert.Equal(fit.N, park.Regression.N);
        Assert.Equal(fit.Predictors, park.Regression.Predictors);
        Assert.Equal(Math.Log(fit.Residuals[0] * fit.Residuals[0]), park.Regression.Observed[0], 12);
        var squared = ParkTest.Of(fit, ParkForm.SquaredResiduals);
        Assert.Equal(fit.Residuals[0] * fit.Residuals[0], squared.Regression.Observed[0], 12);
    }

    [Fact]
    public void Cobb_Douglas_marginal_product_is_elasticity_times_average_product()
    {
        var fit = CobbDouglas.Fit(StackLoss, "loss", ["air", "water", "acid"]);
        double[] x = [60, 21, 87];
        double h = 1e-5;
        double numeric = (fit.Equation.Output(60 + h, 21, 87) - fit.Equation.Output(60 - h, 21, 87)) / (2 * h);
        Assert.Equal(numeric, fit.Equation.MarginalProduct("air", x), 6);
        Assert.Equal(Math.Exp(fit.Regression["Constant"].Estimate), fit.Scale, 12);
    }

    [Fact]
    public void Lilliefors_statistic_of_sorted_normal_quantiles_is_small_and_p_is_large()
    {
        var values = Enumerable.Range(1, 50).Select(i => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, (i - 0.5) / 50)).ToArray();
        var test = NormalityTest.KolmogorovSmirnovLilliefors(values);
        Assert.True(test.Statistic < 0.05);
        Assert.Equal(0.2, test.SpssSignificance);
        Assert.True(test.SpssSignificanceIsLowerBound);
    }
}
