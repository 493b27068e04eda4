using Microsoft.Data.Analysis;
using SmeNotebooks.Models;

namespace SmeNotebooks.Tests.Models;

/// <summary>Every kind of bad input gets an exception whose message names the problem and the column or value.</summary>
public class BadInputTests
{
    private static DataFrame Frame(params (string Name, double?[] Values)[] columns) =>
        new(columns.Select(c => (DataFrameColumn)new DoubleDataFrameColumn(c.Name, c.Values)));

    private static readonly double?[] Outcome = [0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0];
    private static readonly double?[] X = [1, 2, 2, 3, 4, 1, 3, 2, 5, 4, 3, 3];

    [Fact]
    public void Outcome_that_is_not_binary_names_the_value()
    {
        var data = Frame(("y", [0, 1, 2, 1, 0, 1, 0, 1, 0, 1, 1, 0]), ("x", X));
        var ex = Assert.Throws<DataValidationException>(() => LogisticRegression.Fit(data, "y", "x"));
        Assert.Contains("'y'", ex.Message);
        Assert.Contains("binary", ex.Message);
        Assert.Contains("has 2", ex.Message);
    }

    [Fact]
    public void Outcome_with_a_single_value_is_refused()
    {
        var data = Frame(("y", Enumerable.Repeat<double?>(1, 12).ToArray()), ("x", X));
        var ex = Assert.Throws<DataValidationException>(() => LogisticRegression.Fit(data, "y", "x"));
        Assert.Contains("only the value 1", ex.Message);
    }

    [Fact]
    public void Missing_column_lists_the_columns_present()
    {
        var data = Frame(("y", Outcome), ("x", X));
        var ex = Assert.Throws<DataValidationException>(() => LogisticRegression.Fit(data, "y", "capinno"));
        Assert.Contains("'capinno' is not in the data", ex.Message);
        Assert.Contains("'x'", ex.Message);
        Assert.Equal("capinno", ex.Column);
    }

    [Fact]
    public void NaN_in_a_predictor_is_an_error_unless_listwise_deletion_is_asked_for()
    {
        var withNaN = X.ToArray();
        withNaN[3] = double.NaN;
        var data = Frame(("y", Outcome), ("x", withNaN));
        var ex = Assert.Throws<DataValidationException>(() => LogisticRegression.Fit(data, "y", "x"));
        Assert.Contains("'x'", ex.Message);
        Assert.Contains("NaN", ex.Message);
        Assert.Contains("row 3", ex.Message);
        var fit = LogisticRegression.Fit(data, "y", ["x"], new LogisticOptions(DropNonFinite: true));
        Assert.Equal(11, fit.N);
        Assert.Equal(1, fit.Excluded);
    }

    [Fact]
    public void Infinity_in_an_array_row_is_named()
    {
        var rows = X.Select(v => new[] { v!.Value }).ToArray();
        rows[5][0] = double.PositiveInfinity;
        var ex = Assert.Throws<DataValidationException>(() => LogisticRegression.Fit(rows, Outcome.Select(v => v!.Value).ToArray(), "x"));
        Assert.Contains("Infinity", ex.Message);
    }

    [Fact]
    public void Nulls_are_deleted_listwise_and_counted()
    {
        var withNull = X.ToArray();
        withNull[0] = null;
        withNull[1] = null;
        var fit = LogisticRegression.Fit(Frame(("y", Outcome), ("x", withNull)), "y", "x");
        Assert.Equal(10, fit.N);
        Assert.Equal(2, fit.Excluded);
    }

    [Fact]
    public void Constant_predictor_is_a_singular_design_naming_it()
    {
        var data = Frame(("y", Outcome), ("x", X), ("k", Enumerable.Repeat<double?>(3, 12).ToArray()));
        var ex = Assert.Throws<SingularDesignException>(() => LogisticRegression.Fit(data, "y", "x", "k"));
        Assert.Contains("'k' is constant", ex.Message);
        Assert.Contains("k", ex.Columns);
        var ols = Assert.Throws<SingularDesignException>(() => LinearRegression.Fit(data, "x", ["y", "k"]));
        Assert.Contains("'k' is constant", ols.Message);
    }

    [Fact]
    public void Collinear_predictors_name_the_exact_relation()
    {
        var twice = X.Select(v => (double?)(2 * v!.Value + 1)).ToArray();
        var data = Frame(("y", Outcome), ("x", X), ("z", twice));
        var ex = Assert.Throws<SingularDesignException>(() => LogisticRegression.Fit(data, "y", "x", "z"));
        Assert.Contains("'z' is an exact linear combination of 'Constant', 'x' (z = 1 + 2·x)", ex.Message);
        Assert.Equal(["z", "Constant", "x"], ex.Columns);
        var ols = Assert.Throws<SingularDesignException>(() => LinearRegression.Fit(data, "y", ["x", "z"]));
        Assert.Contains("z = 1 + 2·x", ols.Message);
    }

    [Fact]
    public void Complete_separation_names_the_predictor()
    {
        double?[] y = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
        double?[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        double?[] noise = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
        var ex = Assert.Throws<SeparationException>(() => LogisticRegression.Fit(Frame(("y", y), ("x", x), ("noise", noise)), "y", "x", "noise"));
        Assert.Contains("'x'", ex.Message);
        Assert.DoesNotContain("noise", ex.Predictors);
    }

    [Fact]
    public void Quasi_complete_separation_by_a_category_names_it()
    {
        // Every firm with d = 1 has y = 1; d = 0 firms have both outcomes.
        double?[] y = [0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1];
        double?[] d = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1];
        var ex = Assert.Throws<SeparationException>(() => LogisticRegression.Fit(Frame(("y", y), ("d", d), ("x", X)), "y", "d", "x"));
        Assert.Equal(["d"], ex.Predictors);
    }

    [Fact]
    public void Non_convergence_within_the_iteration_limit_is_an_error()
    {
        var data = Frame(("y", Outcome), ("x", X));
        var ex = Assert.Throws<ConvergenceException>(() => LogisticRegression.Fit(data, "y", ["x"], new LogisticOptions(MaxIterations: 1)));
        Assert.Contains("did not converge in 1 iterations", ex.Message);
        Assert.Equal(1, ex.Iterations);
    }

    [Fact]
    public void Logarithm_of_a_non_positive_value_names_the_column_and_count()
    {
        double?[] y = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        double?[] x = [0, 2, 3, 4, -1, 6, 7, 8, 9, 10, 11, 12];
        var data = Frame(("y", y), ("x", x), ("w", X));
        var ex = Assert.Throws<DataValidationException>(() => CobbDouglas.Fit(data, "y", ["x", "w"]));
        Assert.Contains("'x' has 2 non-positive values", ex.Message);
        var dropped = CobbDouglas.Fit(data, "y", ["x", "w"], policy: NonPositivePolicy.Drop);
        Assert.Equal(10, dropped.N);
        Assert.Equal(2, dropped.Dropped["x"]);
    }

    [Fact]
    public void Non_numeric_column_is_named()
    {
        var data = new DataFrame(new DoubleDataFrameColumn("y", Outcome), new StringDataFrameColumn("x", X.Select(v => v.ToString())));
        var ex = Assert.Throws<DataValidationException>(() => LogisticRegression.Fit(data, "y", "x"));
        Assert.Contains("'x' holds the non-numeric value", ex.Message);
    }
}
