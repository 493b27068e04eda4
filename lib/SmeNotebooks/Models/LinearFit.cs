using SmeNotebooks.Numerics;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// A fitted least-squares regression with SPSS's "Model Summary", "ANOVA" and "Coefficients" quantities and the
/// diagnostics the papers cite (Durbin-Watson, correlation matrix, VIF). Coefficients are in predictor order
/// with the Constant last (when there is one).
/// </summary>
public sealed class LinearFit
{
    private readonly IReadOnlyList<double[]> _columns;
    private readonly double[] _y;
    private readonly double[] _beta;

    internal LinearFit(string outcome, string[] predictors, IReadOnlyList<string> termNames, bool intercept,
        IReadOnlyList<double[]> columns, double[] y, double[] beta, double[,] inverseCrossProduct, int excluded)
    {
        Outcome = outcome;
        Predictors = predictors;
        HasIntercept = intercept;
        Excluded = excluded;
        _columns = columns;
        _y = y;
        _beta = beta;
        int n = y.Length, p = beta.Length;
        var fitted = new double[n];
        var residuals = new double[n];
        double rss = 0;
        for (int i = 0; i < n; i++)
        {
            double f = 0;
            for (int j = 0; j < p; j++) f += beta[j] * columns[j][i];
            fitted[i] = f;
            residuals[i] = y[i] - f;
            rss += residuals[i] * residuals[i];
        }
        Fitted = fitted;
        Residuals = residuals;
        ResidualSumOfSquares = rss;
        double mean = y.Average();
        TotalSumOfSquares = intercept ? y.Sum(v => (v - mean) * (v - mean)) : y.Sum(v => v * v);
        double sigma2 = rss / ResidualDegreesOfFreedom;
        Coefficients = Enumerable.Range(0, p)
            .Select(j => new LinearCoefficient(termNames[j], beta[j], Math.Sqrt(sigma2 * inverseCrossProduct[j, j]), ResidualDegreesOfFreedom))
            .ToArray();
    }

    /// <summary>Name of the dependent variable.</summary>
    public string Outcome { get; }

    /// <summary>Predictor names, in the order given.</summary>
    public IReadOnlyList<string> Predictors { get; }

    /// <summary>Whether the model has a constant term.</summary>
    public bool HasIntercept { get; }

    /// <summary>The coefficients: predictors in order, then "Constant" if the model has one.</summary>
    public IReadOnlyList<LinearCoefficient> Coefficients { get; }

    /// <summary>The coefficient row for <paramref name="name"/>.</summary>
    public LinearCoefficient this[string name] =>
        Coefficients.FirstOrDefault(c => c.Name == name)
        ?? throw new KeyNotFoundException(Localized.Format(Strings.Error_NoCoefficient, name, string.Join(", ", Coefficients.Select(c => $"'{c.Name}'"))));

    /// <summary>Cases used.</summary>
    public int N => _y.Length;

    /// <summary>Cases deleted listwise because a model variable was missing.</summary>
    public int Excluded { get; }

    /// <summary>Residual degrees of freedom, n − p (p counts the constant when there is one).</summary>
    public int ResidualDegreesOfFreedom => N - _beta.Length;

    /// <summary>Model (regression) degrees of freedom: the number of predictors k.</summary>
    public int ModelDegreesOfFreedom => Predictors.Count;

    /// <summary>Σ eᵢ².</summary>
    public double ResidualSumOfSquares { get; }

    /// <summary>Σ (yᵢ − ȳ)² with a constant; Σ yᵢ² through the origin.</summary>
    public double TotalSumOfSquares { get; }

    /// <summary>R² = 1 − RSS/TSS (uncentered through the origin; see <see cref="LinearRegression"/>).</summary>
    public double RSquared => 1 - ResidualSumOfSquares / TotalSumOfSquares;

    /// <summary>Adjusted R² = 1 − (1 − R²)(n − c)/(n − p), c = 1 with a constant and 0 without (as R computes it).</summary>
    public double AdjustedRSquared => 1 - (1 - RSquared) * (N - (HasIntercept ? 1 : 0)) / ResidualDegreesOfFreedom;

    /// <summary>F = [(TSS − RSS)/k] / [RSS/(n − p)], the ANOVA test that all slopes are zero.</summary>
    public double FStatistic => (TotalSumOfSquares - ResidualSumOfSquares) / ModelDegreesOfFreedom / (ResidualSumOfSquares / ResidualDegreesOfFreedom);

    /// <summary>P(F_{k, n−p} ≥ F).</summary>
    public double FPValue => Tails.FisherF(FStatistic, ModelDegreesOfFreedom, ResidualDegreesOfFreedom);

    /// <summary>Standard error of the regression (SPSS "Std. Error of the Estimate"), √(RSS/(n − p)).</summary>
    public double StandardError => Math.Sqrt(ResidualSumOfSquares / ResidualDegreesOfFreedom);

    /// <summary>Durbin-Watson d = Σₜ₌₂(eₜ − eₜ₋₁)² / Σ eₜ², in data order (Durbin and Watson, 1950); near 2 means no first-order autocorrelation.</summary>
    public double DurbinWatson
    {
        get
        {
            double num = 0;
            for (int i = 1; i < Residuals.Count; i++) num += (Residuals[i] - Residuals[i - 1]) * (Residuals[i] - Residuals[i - 1]);
            return num / ResidualSumOfSquares;
        }
    }

    /// <summary>Residuals eᵢ = yᵢ − ŷᵢ, in data order.</summary>
    public IReadOnlyList<double> Residuals { get; }

    /// <summary>Fitted values ŷᵢ, in data order.</summary>
    public IReadOnlyList<double> Fitted { get; }

    /// <summary>The observed outcome values, in data order.</summary>
    public IReadOnlyList<double> Observed => _y;

    /// <summary>The values of predictor <paramref name="name"/>, in data order (what auxiliary regressions such as the Park test reuse).</summary>
    public IReadOnlyList<double> PredictorValues(string name)
    {
        int j = Predictors.ToList().IndexOf(name);
        if (j < 0) throw new KeyNotFoundException(Localized.Format(Strings.Error_NotAPredictor, name, string.Join(", ", Predictors)));
        return _columns[j];
    }

    /// <summary>Pearson correlation matrix of the predictors, rows and columns in predictor order.</summary>
    public double[,] CorrelationMatrix
    {
        get
        {
            int k = Predictors.Count;
            var r = new double[k, k];
            for (int a = 0; a < k; a++)
                for (int b = 0; b < k; b++)
                    r[a, b] = a == b ? 1.0 : MathNet.Numerics.Statistics.Correlation.Pearson(_columns[a], _columns[b]);
            return r;
        }
    }

    /// <summary>
    /// Variance inflation factors, VIFⱼ = 1/(1 − Rⱼ²) = [R⁻¹]ⱼⱼ with R the predictors' correlation matrix
    /// (SPSS "Collinearity Statistics"; Fox, Applied Regression Analysis, §13.1). Defined for one predictor as 1.
    /// </summary>
    public IReadOnlyList<double> VarianceInflationFactors
    {
        get
        {
            int k = Predictors.Count;
            var matrix = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(CorrelationMatrix);
            var inverse = matrix.Inverse();
            return Enumerable.Range(0, k).Select(j => inverse[j, j]).ToArray();
        }
    }
}
