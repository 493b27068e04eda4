using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Analysis;
using SmeNotebooks.Data;
using SmeNotebooks.Models;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Models;

/// <summary>
/// Agreement with R (glm binomial, lm with and without intercept, lmtest::dwtest, nortest::lillie.test) on three
/// data sets, to 1e-6 relative. The reference values are a committed fixture made by Fixtures/R/make-reference.R;
/// <see cref="R_script_reproduces_the_committed_reference"/> re-runs it where R is installed (always in CI).
/// </summary>
public class AgreementWithRTests
{
    private const double Relative = 1e-6;
    private static readonly string Folder = Fixtures.Folder("R");

    private static readonly ILookup<(string Dataset, string Model), (string Term, string Quantity, double Value)> Reference = ReadReference(Path.Combine(Folder, "reference.csv"));

    private static ILookup<(string Dataset, string Model), (string Term, string Quantity, double Value)> ReadReference(string path) =>
        File.ReadLines(path).Skip(1).Select(line => line.Split(','))
            .ToLookup(f => (f[0], f[1]), f => (f[2], f[3], double.Parse(f[4], CultureInfo.InvariantCulture)));

    private static void Close(double expected, double actual, string what)
    {
        double tolerance = Relative * Math.Max(Math.Abs(expected), 1e-3);
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{what}: R gives {expected:R}, we give {actual:R}.");
    }

    public static TheoryData<string, string, string, string> LogitCases => new()
    {
        { "mtcars", "logit", "am", "wt,hp" },
        { "synthetic-sonora", "logit", "internationalized", "capinno,activity,size" },
        // All-categorical predictors: the fit sums over covariate patterns (at most 18) instead of 116 cases.
        { "synthetic-sonora", "logit_levels", "internationalized", "capinno_level,activity,size" },
    };

    [Theory]
    [MemberData(nameof(LogitCases))]
    public void Logistic_regression_agrees_with_glm(string dataset, string model, string outcome, string predictors)
    {
        var data = CsvData.Load(Path.Combine(Folder, dataset + ".csv"));
        var fit = LogisticRegression.Fit(data, outcome, predictors.Split(','));
        foreach (var (term, quantity, value) in Reference[(dataset, model)])
        {
            double actual = quantity switch
            {
                "estimate" => fit[term].Estimate,
                "stderr" => fit[term].StdError,
                "pvalue" => fit[term].PValue,
                "minus2ll" => fit.MinusTwoLogLikelihood,
                "null_minus2ll" => fit.NullModel.MinusTwoLogLikelihood,
                _ => throw new InvalidOperationException(quantity),
            };
            Close(value, actual, $"{dataset} {model} {term} {quantity}");
        }
    }

    public static TheoryData<string, string, string, string, bool> LinearCases => new()
    {
        { "mtcars", "lm", "mpg", "wt,hp", true },
        { "mtcars", "lm_origin", "mpg", "wt,hp", false },
        { "stackloss", "lm", "loss", "air,water,acid", true },
        { "stackloss", "lm_origin", "loss", "air,water,acid", false },
        { "synthetic-sonora", "lm", "score", "capinno,size,activity", true },
    };

    [Theory]
    [MemberData(nameof(LinearCases))]
    public void Linear_regression_agrees_with_lm(string dataset, string model, string outcome, string predictors, bool intercept)
    {
        var data = CsvData.Load(Path.Combine(Folder, dataset + ".csv"));
        AssertLinear(LinearRegression.Fit(data, outcome, predictors.Split(','), intercept), dataset, model, name => name);
    }

    [Fact]
    public void Cobb_Douglas_agrees_with_lm_on_logs()
    {
        var data = CsvData.Load(Path.Combine(Folder, "stackloss.csv"));
        var fit = CobbDouglas.Fit(data, "loss", ["air", "water", "acid"]);
        AssertLinear(fit.Regression, "stackloss", "loglog", name => name.StartsWith("log(") ? name[4..^1] : name);
        Assert.Equal(fit.Elasticity("air") + fit.Elasticity("water") + fit.Elasticity("acid"), fit.Equation.ReturnsToScale, 12);
    }

    private static void AssertLinear(LinearFit fit, string dataset, string model, Func<string, string> termName)
    {
        foreach (var (term, quantity, value) in Reference[(dataset, model)])
        {
            double actual = quantity switch
            {
                "estimate" => fit[termName(term)].Estimate,
                "stderr" => fit[termName(term)].StdError,
                "t" => fit[termName(term)].T,
                "pvalue" => fit[termName(term)].PValue,
                "r2" => fit.RSquared,
                "adj_r2" => fit.AdjustedRSquared,
                "f" => fit.FStatistic,
                "sigma" => fit.StandardError,
                "dw" => fit.DurbinWatson,
                "ks_d" => NormalityTest.KolmogorovSmirnovLilliefors(fit.Residuals).Statistic,
                "ks_p" => NormalityTest.KolmogorovSmirnovLilliefors(fit.Residuals).PValue,
                _ => throw new InvalidOperationException(quantity),
            };
            Close(value, actual, $"{dataset} {model} {term} {quantity}");
        }
    }

    [RequiresRFact]
    public void R_script_reproduces_the_committed_reference()
    {
        var output = Directory.CreateTempSubdirectory("sme-r-").FullName;
        var start = new ProcessStartInfo("Rscript", ["make-reference.R", output])
        {
            WorkingDirectory = Path.Combine(Fixtures.RepositoryRoot, "tests", "SmeNotebooks.Tests", "Fixtures", "R"),
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"Rscript failed: {errors}");
        var fresh = ReadReference(Path.Combine(output, "reference.csv"));
        Assert.Equal(Reference.Count, fresh.Count);
        foreach (var group in Reference)
        {
            var again = fresh[group.Key].ToArray();
            var committed = group.ToArray();
            Assert.Equal(committed.Length, again.Length);
            for (int i = 0; i < committed.Length; i++)
            {
                Assert.Equal((committed[i].Term, committed[i].Quantity), (again[i].Term, again[i].Quantity));
                Assert.True(Math.Abs(committed[i].Value - again[i].Value) <= 1e-10 * Math.Max(1, Math.Abs(committed[i].Value)),
                    $"{group.Key} {committed[i].Term} {committed[i].Quantity}: committed {committed[i].Value:R}, R now gives {again[i].Value:R}");
            }
        }
    }
}
