using SmeNotebooks.Numerics;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// A fitted binary logistic regression: SPSS's Block 1 output and more. Everything beyond the coefficients is
/// computed on demand from the estimates, their covariance and the data the model was fitted on.
/// </summary>
public sealed class LogisticFit
{
    private readonly double[][] _rows;
    private readonly double[] _outcome;
    private readonly double[] _beta;
    private readonly double[] _covariance;
    private LogisticFit? _nullModel;
    private double[]? _fitted;

    internal LogisticFit(string outcome, string[] predictors, double[][] rows, double[] y, double[] beta, double[] covariance,
        double logLikelihood, int iterations, double tolerance, int excluded)
    {
        Outcome = outcome;
        Predictors = predictors;
        _rows = rows;
        _outcome = y;
        _beta = beta;
        _covariance = covariance;
        LogLikelihood = logLikelihood;
        Iterations = iterations;
        Tolerance = tolerance;
        Excluded = excluded;
        int p = beta.Length;
        var coefficients = new Coefficient[p];
        for (int j = 0; j < p; j++)
            coefficients[j] = new Coefficient(j < predictors.Length ? predictors[j] : ModelTerms.Constant, beta[j], Math.Sqrt(covariance[j * p + j]));
        Coefficients = coefficients;
    }

    /// <summary>Name of the dependent variable.</summary>
    public string Outcome { get; }

    /// <summary>Predictor names, in the order given (the constant excluded).</summary>
    public IReadOnlyList<string> Predictors { get; }

    /// <summary>The fitted model as an equation, P(Y = 1) = 1 / (1 + exp(−α − Σ βᵢxᵢ)), with the estimates as coefficients.</summary>
    public LogitEquation Equation => new(Predictors, Coefficients.Take(Predictors.Count).Select(c => c.Estimate).ToArray(), this[ModelTerms.Constant].Estimate);

    /// <summary>"Variables in the Equation": the predictors in the order given, then the Constant.</summary>
    public IReadOnlyList<Coefficient> Coefficients { get; }

    /// <summary>The coefficient row for <paramref name="name"/> ("Constant" for the intercept).</summary>
    public Coefficient this[string name] =>
        Coefficients.FirstOrDefault(c => c.Name == name)
        ?? throw new KeyNotFoundException(Localized.Format(Strings.Error_NoCoefficient, name, string.Join(", ", Coefficients.Select(c => $"'{c.Name}'"))));

    /// <summary>Cases used in the fit.</summary>
    public int N => _rows.Length;

    /// <summary>Cases deleted listwise because a model variable was missing (SPSS's Case Processing Summary).</summary>
    public int Excluded { get; }

    /// <summary>Newton-Raphson iterations performed.</summary>
    public int Iterations { get; }

    /// <summary>
    /// The convergence criterion the fit met: the last Newton decrement λ²/2 fell below it
    /// (<see cref="LogisticOptions.Tolerance"/>). A fit that does not converge throws <see cref="ConvergenceException"/>.
    /// </summary>
    public double Tolerance { get; }

    /// <summary>Maximised log-likelihood, Σ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)], computed case by case.</summary>
    public double LogLikelihood { get; }

    /// <summary>−2 Log likelihood, as SPSS's Model Summary prints it.</summary>
    public double MinusTwoLogLikelihood => -2 * LogLikelihood;

    /// <summary>
    /// The step-0 model (SPSS Block 0): constant only, B₀ = ln(n₁/n₀), S.E. = √(1/n₁ + 1/n₀), fitted on the same cases.
    /// </summary>
    public LogisticFit NullModel => _nullModel ??= Predictors.Count == 0
        ? this
        : LogisticRegression.Estimate(_rows.Select(_ => Array.Empty<double>()).ToArray(), _outcome, [], Outcome, Excluded, LogisticOptions.Default);

    /// <summary>Omnibus likelihood-ratio test of all predictors: χ² = −2LL₀ − (−2LL) on k df.</summary>
    public LikelihoodRatioTest Omnibus => new(NullModel.MinusTwoLogLikelihood - MinusTwoLogLikelihood, Predictors.Count);

    /// <summary>Cox and Snell R² = 1 − exp(−χ²/n) = 1 − (L₀/L)^(2/n) (Cox and Snell, 1989).</summary>
    public double CoxSnellR2 => 1 - Math.Exp(-Omnibus.ChiSquare / N);

    /// <summary>Nagelkerke R² = Cox-Snell R² / (1 − L₀^(2/n)), rescaled to reach 1 (Nagelkerke, 1991).</summary>
    public double NagelkerkeR2 => CoxSnellR2 / (1 - Math.Exp(2 * NullModel.LogLikelihood / N));

    /// <summary>McFadden R² = 1 − LL/LL₀ (McFadden, 1974).</summary>
    public double McFaddenR2 => 1 - LogLikelihood / NullModel.LogLikelihood;

    /// <summary>Fitted probabilities of the cases used, in data order.</summary>
    public IReadOnlyList<double> FittedProbabilities => _fitted ??= _rows.Select(r => LogisticFunction.Of(GroupedLogit.LogOdds(r, _beta))).ToArray();

    /// <summary>Observed outcomes of the cases used, in data order.</summary>
    public IReadOnlyList<double> Observed => _outcome;

    /// <summary>Covariance of the estimates, (XᵀWX)⁻¹, in coefficient order (predictors, then Constant).</summary>
    public double Covariance(int i, int j) => _covariance[i * _beta.Length + j];

    /// <summary>Hosmer-Lemeshow goodness-of-fit test on about <paramref name="groups"/> risk groups.</summary>
    public HosmerLemeshowTest HosmerLemeshow(int groups = 10) => HosmerLemeshowTest.Compute(FittedProbabilities, _outcome, groups);

    /// <summary>
    /// Bootstrap percentile interval of the predicted probability at <paramref name="profile"/>:
    /// <paramref name="replicates"/> resamples of the cases (seeded, so the interval is reproducible).
    /// </summary>
    public BootstrapInterval BootstrapProbability(double[] profile, int replicates = 2000, int seed = 1)
    {
        CheckProfile(profile);
        var random = new Random(seed);
        var rows = new double[N][];
        var outcome = new double[N];
        var values = new List<double>(replicates);
        int failed = 0;
        var names = Predictors.ToArray();
        for (int b = 0; b < replicates; b++)
        {
            for (int i = 0; i < N; i++) { int pick = random.Next(N); rows[i] = _rows[pick]; outcome[i] = _outcome[pick]; }
            try { values.Add(LogisticRegression.Fit(rows, outcome, names).Equation.Probability(profile)); }
            catch (Exception ex) when (ex is SeparationException or SingularDesignException or DataValidationException or ConvergenceException) { failed++; }
        }
        if (values.Count == 0) throw new InvalidOperationException(Strings.Error_BootstrapFailed);
        values.Sort();
        double Percentile(double q) => values[(int)Math.Clamp(Math.Round(q * (values.Count - 1)), 0, values.Count - 1)];
        return new BootstrapInterval(Predict(profile).Probability, Percentile(0.025), Percentile(0.975), values.Count, failed);
    }

    /// <summary>The ROC curve of the fitted probabilities and its area (AUC).</summary>
    public RocCurve Roc() => RocCurve.Of(FittedProbabilities, _outcome);

    /// <summary>Classification table at <paramref name="cutoff"/>: a case is predicted 1 when its fitted probability exceeds the cut.</summary>
    public ClassificationTable Classify(double cutoff = 0.5)
    {
        int tn = 0, fp = 0, fn = 0, tp = 0;
        var fitted = FittedProbabilities;
        for (int i = 0; i < N; i++)
        {
            bool predicted = fitted[i] > cutoff;
            if (_outcome[i] == 1) { if (predicted) tp++; else fn++; }
            else { if (predicted) fp++; else tn++; }
        }
        return new ClassificationTable(cutoff, tn, fp, fn, tp);
    }

    /// <summary>
    /// Predicted probability for one profile, predictor values in the order of <see cref="Predictors"/>, with a 95%
    /// interval from the delta method on the logit scale.
    /// </summary>
    public PredictedProbability Predict(params double[] values)
    {
        CheckProfile(values);
        double eta = GroupedLogit.LogOdds(values, _beta);
        double se = Math.Sqrt(QuadraticForm(values));
        double z = Tails.Z975;
        return new PredictedProbability(eta, se, LogisticFunction.Of(eta), LogisticFunction.Of(eta - z * se), LogisticFunction.Of(eta + z * se));
    }

    /// <summary>Predicted probability for a profile given by predictor name.</summary>
    public PredictedProbability Predict(IReadOnlyDictionary<string, double> profile) => Predict(ProfileValues(profile));

    /// <summary>
    /// Marginal effect ∂P/∂xⱼ = βⱼ·P(1 − P) at the profile <paramref name="at"/>, with its delta-method standard
    /// error; the gradient with respect to β is P(1−P)·eⱼ + βⱼ·P(1−P)(1−2P)·x.
    /// </summary>
    public MarginalEffectEstimate MarginalEffect(string predictor, params double[] at)
    {
        CheckProfile(at);
        int j = PredictorIndex(predictor);
        var gradient = new double[_beta.Length];
        double effect = EffectAndGradient(j, at, gradient, 1.0);
        return new MarginalEffectEstimate(predictor, effect, Math.Sqrt(QuadraticForm(gradient, augmented: true)));
    }

    /// <summary>
    /// Average marginal effects: for every predictor, (1/n) Σᵢ βⱼ·pᵢ(1 − pᵢ) over the cases used, with
    /// delta-method standard errors from the averaged gradient.
    /// </summary>
    public IReadOnlyList<MarginalEffectEstimate> AverageMarginalEffects => Predictors.Select((name, j) =>
    {
        var gradient = new double[_beta.Length];
        double effect = 0;
        foreach (var row in _rows) effect += EffectAndGradient(j, row, gradient, 1.0 / N);
        effect /= N;
        return new MarginalEffectEstimate(name, effect, Math.Sqrt(QuadraticForm(gradient, augmented: true)));
    }).ToArray();

    private double EffectAndGradient(int j, double[] x, double[] gradient, double weight)
    {
        double p = LogisticFunction.Of(GroupedLogit.LogOdds(x, _beta));
        double w = p * (1 - p);
        double b = _beta[j];
        int k = Predictors.Count;
        for (int m = 0; m < k; m++) gradient[m] += weight * b * w * (1 - 2 * p) * x[m];
        gradient[k] += weight * b * w * (1 - 2 * p);
        gradient[j] += weight * w;
        return b * w;
    }

    /// <summary>x̃ᵀΣx̃ with x̃ = (x, 1) when <paramref name="augmented"/> is false, or v already of full length.</summary>
    private double QuadraticForm(double[] v, bool augmented = false)
    {
        int p = _beta.Length;
        double Value(int i) => augmented ? v[i] : (i < v.Length ? v[i] : 1.0);
        double s = 0;
        for (int i = 0; i < p; i++)
            for (int j = 0; j < p; j++)
                s += Value(i) * _covariance[i * p + j] * Value(j);
        return s;
    }


    private int PredictorIndex(string predictor)
    {
        int j = Predictors.ToList().IndexOf(predictor);
        if (j < 0) throw new KeyNotFoundException(Localized.Format(Strings.Error_NotAPredictor, predictor, string.Join(", ", Predictors)));
        return j;
    }

    private void CheckProfile(double[] values)
    {
        if (values.Length != Predictors.Count)
            throw new ArgumentException(Localized.Format(Strings.Error_ProfileLength, Predictors.Count, string.Join(", ", Predictors), values.Length));
    }

    private double[] ProfileValues(IReadOnlyDictionary<string, double> profile) => Predictors.Select(name =>
        profile.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException(Localized.Format(Strings.Error_ProfileMissing, name))).ToArray();
}
