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
        Assert.Contains("'x' has values that are not positive (cases: 2; minimum -1)", ex.Message);
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

    /// <summary>60 firms, x1 standard normal, x2 binary (fixed seed); y = 1 exactly when x1 &gt; 0.</summary>
    private static (double?[] Y, double?[] X1, double?[] X2) SeparatedByContinuous()
    {
        var random = new Random(11);
        var x1 = Enumerable.Range(0, 60).Select(_ => (double?)MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1)).ToArray();
        var x2 = Enumerable.Range(0, 60).Select(_ => (double?)random.Next(2)).ToArray();
        return (x1.Select(v => (double?)(v > 0 ? 1 : 0)).ToArray(), x1, x2);
    }

    [Fact]
    public void Complete_separation_by_a_continuous_predictor_names_it()
    {
        var (y, x1, x2) = SeparatedByContinuous();
        var ex = Assert.Throws<SeparationException>(() => LogisticRegression.Fit(Frame(("y", y), ("x1", x1), ("x2", x2)), "y", "x1", "x2"));
        Assert.Equal(["x1"], ex.Predictors);
        Assert.StartsWith("Complete (perfect) separation: 'x1'", ex.Message);
        Assert.Contains("Firth", ex.Message);
    }

    [Fact]
    public void Quasi_complete_separation_by_a_continuous_predictor_names_it()
    {
        // As above, but five firms at x1 = 0 have both outcomes: x1 ≥ 0 and x1 ≤ 0 overlap only there.
        var (y, x1, x2) = SeparatedByContinuous();
        for (int i = 0; i < 5; i++) { x1[i] = 0; y[i] = i % 2; }
        var ex = Assert.Throws<SeparationException>(() => LogisticRegression.Fit(Frame(("y", y), ("x1", x1), ("x2", x2)), "y", "x1", "x2"));
        Assert.Equal(["x1"], ex.Predictors);
        Assert.StartsWith("Quasi-complete separation: 'x1'", ex.Message);
    }

    [Fact]
    public void Overlapping_outcomes_are_not_called_separated()
    {
        // Same firms, y = 1 when x1 + noise > 0: the classes overlap, the fit exists and must succeed.
        var (_, x1, x2) = SeparatedByContinuous();
        var random = new Random(5);
        var y = x1.Select(v => (double?)(v + random.NextDouble() * 2 - 1 > 0 ? 1 : 0)).ToArray();
        var fit = LogisticRegression.Fit(Frame(("y", y), ("x1", x1), ("x2", x2)), "y", "x1", "x2");
        Assert.Equal(60, fit.N);
        Assert.Null(SeparationCheck.Find([x1.Select(v => v!.Value).ToArray(), x2.Select(v => v!.Value).ToArray(), Enumerable.Repeat(1.0, 60).ToArray()],
            ["x1", "x2", ModelTerms.Constant], y.Select(v => v!.Value).ToArray()));
    }

    [Fact]
    public void The_linear_program_finds_separation_with_and_without_a_constant()
    {
        double[] y = [0, 0, 0, 1, 1, 1];
        // Through the origin: x < 0 ⇔ y = 0, complete, no constant in the design.
        var origin = SeparationCheck.Find([[-3, -2, -1, 1, 2, 3]], ["x"], y);
        Assert.Equal(["x"], origin!.Value.Predictors);
        Assert.True(origin.Value.Complete);
        // Without a constant, x > 0 for every case: y is not separated by a line through the origin…
        Assert.Null(SeparationCheck.Find([[1, 2, 3, 1, 2, 3]], ["x"], y));
        // …but a category with only 1s separates quasi-completely, with a constant beside it.
        var quasi = SeparationCheck.Find([[0, 0, 0, 0, 1, 1], [1, 1, 1, 1, 1, 1]], ["d", ModelTerms.Constant], [0, 1, 0, 1, 1, 1]);
        Assert.Equal(["d"], quasi!.Value.Predictors);
        Assert.False(quasi.Value.Complete);
    }

    private const string CollinearCsv = "y,x1,x2\n3.1,1.3,3.6\n2.2,2.7,6.4\n4.7,3.1,7.2\n3.9,4.9,10.8\n6.2,5.3,11.6\n5.1,6.7,14.4\n7.3,7.1,15.2\n6.8,8.9,18.8\n";

    /// <summary>x2 = x1², so ln x2 = 2·ln x1: collinear in the Cobb-Douglas (log) design.</summary>
    private const string LogCollinearCsv = "y,x1,x2\n3.1,1.3,1.69\n2.2,2.7,7.29\n4.7,3.1,9.61\n3.9,4.9,24.01\n6.2,5.3,28.09\n5.1,6.7,44.89\n7.3,7.1,50.41\n6.8,8.9,79.21\n";

    [Fact]
    public void Collinearity_hidden_by_single_precision_is_caught_and_explained()
    {
        // x2 = 2·x1 + 1 exactly in the file; DataFrame.LoadCsv guesses float columns, whose rounding breaks the
        // relation at about 1e-7 — which the old 1e-10 rank test let through with coefficients of ±7·10⁶.
        var data = DataFrame.LoadCsvFromString(CollinearCsv);
        Assert.IsType<SingleDataFrameColumn>(data["x1"]);
        foreach (var fit in new Action[]
        {
            () => LinearRegression.Fit(data, "y", ["x1", "x2"]),
            () => CobbDouglas.Fit(DataFrame.LoadCsvFromString(LogCollinearCsv), "y", ["x1", "x2"]),
            () => LogisticRegression.Fit(new DataFrame(new DoubleDataFrameColumn("y", [0, 1, 0, 1, 1, 0, 1, 0]), data["x1"], data["x2"]), "y", "x1", "x2"),
        })
        {
            var ex = Assert.Throws<SingularDesignException>(fit);
            Assert.Equal("x2", ex.Columns[0]);
            Assert.Contains("single precision", ex.Message);
            Assert.Contains("CsvData.Load", ex.Message);
        }
    }

    [Fact]
    public void Collinearity_in_double_columns_names_the_aliased_column_without_the_float_note()
    {
        var data = Frame(("y", [3.1, 2.2, 4.7, 3.9, 6.2, 5.1, 7.3, 6.8]), ("x1", [1.3, 2.7, 3.1, 4.9, 5.3, 6.7, 7.1, 8.9]),
            ("x2", [1.3 * 2 + 1, 2.7 * 2 + 1, 3.1 * 2 + 1, 4.9 * 2 + 1, 5.3 * 2 + 1, 6.7 * 2 + 1, 7.1 * 2 + 1, 8.9 * 2 + 1 + 1e-9]));
        var ex = Assert.Throws<SingularDesignException>(() => LinearRegression.Fit(data, "y", ["x1", "x2"]));
        Assert.Equal("x2", ex.Columns[0]);
        Assert.DoesNotContain("single precision", ex.Message);
    }

    [Fact]
    public void NaN_in_the_outcome_names_its_row_and_column()
    {
        var y = Outcome.ToArray();
        y[7] = double.NaN;
        var ex = Assert.Throws<DataValidationException>(() => LogisticRegression.Fit(Frame(("y", y), ("x", X)), "y", "x"));
        Assert.Contains("'y' has the non-finite value NaN in row 7", ex.Message);
    }

    [Fact]
    public void Yes_no_text_outcome_asks_for_a_0_1_recoding()
    {
        var data = new DataFrame(new StringDataFrameColumn("exports", Outcome.Select(v => v == 1 ? "yes" : "no")), new DoubleDataFrameColumn("x", X));
        var ex = Assert.Throws<DataValidationException>(() => LogisticRegression.Fit(data, "exports", "x"));
        Assert.Contains("'exports' holds the non-numeric value 'no'", ex.Message);
        Assert.Contains("row 0", ex.Message);
        Assert.Contains("1 for 'yes', 0 for 'no'", ex.Message);
    }

    [Fact]
    public void Empty_frame_says_so()
    {
        var ex = Assert.Throws<DataValidationException>(() => LogisticRegression.Fit(Frame(("y", []), ("x", [])), "y", "x"));
        Assert.Equal("The data have no rows.", ex.Message);
    }

    [Fact]
    public void Predictor_listed_twice_or_outcome_as_predictor_is_refused()
    {
        var data = Frame(("y", Outcome), ("x", X));
        Assert.Equal("Predictor 'x' is listed twice.", Assert.Throws<DataValidationException>(() => LogisticRegression.Fit(data, "y", "x", "x")).Message);
        Assert.Equal("Column 'y' is both the outcome and a predictor.", Assert.Throws<DataValidationException>(() => LinearRegression.Fit(data, "y", ["x", "y"])).Message);
    }
}
