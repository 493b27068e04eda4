using SmeNotebooks.Models;

namespace SmeNotebooks.Tests.Models;

public class CobbDouglasEquationTests
{
    // Knowledge-intensive paper, Table 11 and the antilog model in §5: Y = X1^0.154 · X3^0.397.
    private static readonly CobbDouglasEquation Adjusted = new(["X1", "X3"], [0.154, 0.397]);

    [Fact]
    public void Marginal_product_is_the_derivative_and_falls_as_the_input_grows()
    {
        double h = 1e-6;
        double numeric = (Adjusted.Output(0.5, 0.4 + h) - Adjusted.Output(0.5, 0.4 - h)) / (2 * h);
        Assert.Equal(numeric, Adjusted.MarginalProduct("X3", 0.5, 0.4), 6);
        Assert.True(Adjusted.MarginalProduct("X3", 0.5, 0.8) < Adjusted.MarginalProduct("X3", 0.5, 0.4));
    }

    [Fact]
    public void Returns_to_scale_and_change_factors_follow_the_elasticities()
    {
        // §5: 0.154 + 0.397 = 0.551 < 1, decreasing returns to scale.
        Assert.Equal(0.551, Adjusted.ReturnsToScale, 12);
        Assert.Equal(Math.Pow(2, 0.551), Adjusted.Output(0.6, 0.8) / Adjusted.Output(0.3, 0.4), 12);
        Assert.Equal(Math.Pow(3, 0.397), Adjusted.ChangeFactor("X3", 0.25, 0.75), 12);
    }

    [Fact]
    public void Non_positive_inputs_are_refused_by_name()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Adjusted.Output(0, 0.5));
        Assert.Contains("'X1' must be positive", ex.Message);
    }
}
