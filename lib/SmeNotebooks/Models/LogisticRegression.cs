using System.Globalization;
using Microsoft.Data.Analysis;
using SmeNotebooks.Numerics;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// Binary logistic regression, P(Y = 1 | x) = 1 / (1 + exp(−(β₀ + Σ βⱼxⱼ))), fitted by maximum likelihood with
/// Newton-Raphson (identical to IRLS for the canonical logit link): β ← β + (XᵀWX)⁻¹Xᵀ(y − μ), W = diag(μ(1 − μ))
/// (Hosmer, Lemeshow and Sturdivant, Applied Logistic Regression, 3rd ed., §1.2; McCullagh and Nelder, GLM, §4.4).
/// Output follows SPSS's LOGISTIC REGRESSION: predictors in the given order, the intercept last as "Constant".
/// </summary>
public static class LogisticRegression
{
    /// <summary>
    /// Fits <paramref name="outcome"/> (0/1 or bool) on <paramref name="predictors"/> from a DataFrame. Cases with a
    /// null in any model variable are deleted listwise and counted in <see cref="LogisticFit.Excluded"/>.
    /// </summary>
    public static LogisticFit Fit(DataFrame data, string outcome, params string[] predictors) =>
        Fit(data, outcome, predictors, LogisticOptions.Default);

    /// <summary>As <see cref="Fit(DataFrame, string, string[])"/>, with explicit options.</summary>
    public static LogisticFit Fit(DataFrame data, string outcome, string[] predictors, LogisticOptions options)
    {
        var model = ModelData.From(data, outcome, predictors, options.DropNonFinite);
        return model.Explained(() => Estimate(model.Rows, model.Outcome, predictors, outcome, model.Excluded, options));
    }

    /// <summary>
    /// Fits on raw arrays: <paramref name="rows"/>[i][j] is predictor j of case i, <paramref name="outcome"/>[i] is
    /// 0 or 1, <paramref name="names"/> names the predictors. The arrays are referenced, not copied.
    /// </summary>
    public static LogisticFit Fit(double[][] rows, double[] outcome, params string[] names) =>
        Estimate(rows, outcome, names, "outcome", 0, LogisticOptions.Default);

    /// <summary>As <see cref="Fit(double[][], double[], string[])"/>, with explicit options.</summary>
    public static LogisticFit Fit(double[][] rows, double[] outcome, string[] names, LogisticOptions options) =>
        Estimate(rows, outcome, names, "outcome", 0, options);

    /// <summary>
    /// Backward stepwise elimination by the Wald statistic (SPSS METHOD=BSTEP(WALD)): start from all
    /// <paramref name="predictors"/>; at each step remove the predictor with the largest Wald p-value if that
    /// p-value exceeds <paramref name="removalP"/> — the stopping rule, SPSS's POUT, default 0.10; pass the one the
    /// paper used — refit; stop when none qualifies or one predictor is left. Removed variables are not re-tested for
    /// entry. Every step is returned, the first being the full model.
    /// </summary>
    public static IReadOnlyList<BackwardStep> Backward(DataFrame data, string outcome, string[] predictors, double removalP = 0.10)
    {
        var model = ModelData.From(data, outcome, predictors, dropNonFinite: false);
        return model.Explained(() => Backward(model.Rows, model.Outcome, predictors, outcome, model.Excluded, removalP));
    }

    /// <summary>
    /// As <see cref="Backward(DataFrame, string, string[], double)"/> on raw arrays: <paramref name="rows"/>[i][j] is
    /// predictor j (named <paramref name="names"/>[j]) of case i, <paramref name="outcome"/>[i] is 0 or 1.
    /// </summary>
    public static IReadOnlyList<BackwardStep> Backward(double[][] rows, double[] outcome, string[] names, double removalP = 0.10) =>
        Backward(rows, outcome, names, "outcome", 0, removalP);

    private static IReadOnlyList<BackwardStep> Backward(double[][] allRows, double[] y, string[] predictors, string outcome, int excluded, double removalP)
    {
        if (removalP is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(removalP), removalP, Strings.Error_RemovalP);
        var steps = new List<BackwardStep>();
        var current = predictors.ToList();
        string? removed = null;
        while (true)
        {
            var indexes = current.Select(name => Array.IndexOf(predictors, name)).ToArray();
            var rows = allRows.Select(r => indexes.Select(j => r[j]).ToArray()).ToArray();
            var fit = Estimate(rows, y, current.ToArray(), outcome, excluded, LogisticOptions.Default);
            steps.Add(new BackwardStep(steps.Count + 1, removed, fit));
            var worst = fit.Coefficients.Take(current.Count).MaxBy(c => c.PValue);
            if (worst is null || worst.PValue <= removalP || current.Count == 1) break;
            removed = worst.Name;
            current.Remove(worst.Name);
        }
        return steps;
    }

    /// <summary>The Newton-Raphson engine shared by every overload.</summary>
    internal static LogisticFit Estimate(double[][] rows, double[] y, string[] names, string outcome, int excluded, LogisticOptions options)
    {
        Validate(rows, y, names, outcome);
        int n = rows.Length, k = names.Length, p = k + 1;
        int events = 0;
        for (int i = 0; i < n; i++) events += y[i] == 1 ? 1 : 0;

        // Cases with identical predictor values contribute identical terms: sum over covariate patterns, weighted.
        Span<int> representative = n <= MaxStackCases ? stackalloc int[n] : new int[n];
        Span<double> cases = n <= MaxStackCases ? stackalloc double[n] : new double[n];
        Span<double> successes = n <= MaxStackCases ? stackalloc double[n] : new double[n];
        int units = CovariatePatterns(rows, y, k, representative, cases, successes);

        Span<double> beta = stackalloc double[p];
        Span<double> hessian = stackalloc double[p * p];
        Span<double> gradient = stackalloc double[p];
        beta[k] = Math.Log((double)events / (n - events));
        var newton = GroupedLogit.Newton(rows, representative[..units], cases[..units], successes[..units], [], beta, k,
            options.MaxIterations, options.Tolerance, double.PositiveInfinity, gradient, hessian,
            (factor, diagonal, failed) =>
            {
                if (RankInDoubt(factor, diagonal, failed)) DesignDiagnostics.RequireFullRank(DesignColumns(rows, k), NamesWithConstant(names));
            });
        int iterations = newton.Iterations;
        if (newton.Stop == NewtonStop.Singular)
            throw SeparationOr(rows, y, names, new ConvergenceException(
                Localized.Format(Strings.Error_LostDefiniteness, outcome, iterations), iterations))!;
        bool converged = newton.Stop == NewtonStop.Converged;

        // Built only on a failure path: a converged fit formats no message.
        ConvergenceException NotConverged() => new(Localized.Format(Strings.Error_NotConverged, outcome, iterations,
            newton.Decrement.ToString("G3", CultureInfo.InvariantCulture), options.Tolerance.ToString("G3", CultureInfo.InvariantCulture)), iterations);
        if ((!converged || FitsSomeCaseAtZeroOrOne(rows, representative[..units], beta, k)) && SeparationOr(rows, y, names, converged ? null : NotConverged()) is { } failure)
            throw failure;
        var covariance = new double[p * p];
        double logLikelihood = GroupedLogit.Accumulate(rows, representative[..units], cases[..units], successes[..units], beta, k, gradient, hessian, withLogLikelihood: true);
        if (!double.IsFinite(logLikelihood) || !GroupedLogit.Covariance(hessian, p, covariance, [])) throw SeparationOr(rows, y, names, NotConverged())!;
        var estimates = beta.ToArray();
        return new LogisticFit(outcome, names, rows, y, estimates, covariance, logLikelihood, iterations, options.Tolerance, excluded);
    }

    /// <summary>
    /// Whether the design's rank needs the exact test (<see cref="DesignDiagnostics.RequireFullRank"/>: Householder QR,
    /// tolerance 1e-7 on column norms, as R's <c>lm</c> and <c>glm</c> judge it), read off the first Newton step for
    /// free. At the start every fitted probability is the sample share, so the first information matrix A is w·XᵀX, and
    /// its Cholesky pivots give each column's squared residual norm relative to its own: (‖r_j‖/‖x_j‖)² = L_jj²/A_jj.
    /// In doubt when the factorization failed or one of these falls below 1e-8 (a norm ratio of 1e-4, a thousand times
    /// the tolerance). <paramref name="factor"/> holds L; <paramref name="diagonal"/> the A_jj before factorization.
    /// </summary>
    private static bool RankInDoubt(ReadOnlySpan<double> factor, ReadOnlySpan<double> diagonal, int failed)
    {
        if (failed >= 0) return true;
        int p = diagonal.Length;
        for (int j = 0; j < p; j++)
            if (factor[j * p + j] * factor[j * p + j] < 1e-8 * diagonal[j]) return true;
        return false;
    }

    /// <summary>Cases up to which the covariate-pattern work arrays live on the stack.</summary>
    private const int MaxStackCases = 2048;

    /// <summary>
    /// Groups cases by covariate pattern (identical predictor rows) with an open-addressing hash table on the
    /// stack: <paramref name="representative"/>[u] is a case of pattern u, <paramref name="cases"/>[u] its count
    /// mᵤ and <paramref name="successes"/>[u] its number of 1s sᵤ. When patterns exceed half the cases (continuous
    /// predictors) grouping would not pay, and every case is its own unit. Returns the number of units.
    /// </summary>
    private static int CovariatePatterns(double[][] rows, double[] y, int k, Span<int> representative, Span<double> cases, Span<double> successes)
    {
        int n = rows.Length;
        int size = 1;
        while (size < 2 * n) size <<= 1;
        Span<int> table = size <= 2 * MaxStackCases ? stackalloc int[size] : new int[size];
        table.Fill(-1);
        int units = 0;
        for (int i = 0; i < n && units <= n / 2; i++)
        {
            var row = rows[i];
            ulong hash = 14695981039346656037UL;
            for (int j = 0; j < k; j++) hash = Mix((hash ^ (ulong)BitConverter.DoubleToInt64Bits(row[j] + 0.0)) * 1099511628211UL);
            int slot = (int)hash & (size - 1);
            while (table[slot] >= 0 && !row.AsSpan(0, k).SequenceEqual(rows[representative[table[slot]]].AsSpan(0, k))) slot = (slot + 1) & (size - 1);
            if (table[slot] < 0)
            {
                table[slot] = units;
                representative[units] = i;
                cases[units] = 0;
                successes[units] = 0;
                units++;
            }
            cases[table[slot]] += 1;
            successes[table[slot]] += y[i];
        }
        if (units <= n / 2) return units;
        for (int i = 0; i < n; i++) { representative[i] = i; cases[i] = 1; successes[i] = y[i]; }
        return n;
    }

    /// <summary>
    /// MurmurHash3's 64-bit finalizer (fmix64): spreads every input bit over the low bits used as the table index —
    /// small integer predictors stored as doubles differ only in their exponent bits.
    /// </summary>
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        return h ^ (h >> 33);
    }

    private static void Validate(double[][] rows, double[] y, string[] names, string outcome)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(names);
        if (rows.Length != y.Length)
            throw new DataValidationException(Localized.Format(Strings.Error_RowsOutcomes, rows.Length, y.Length));
        int events = 0;
        for (int i = 0; i < y.Length; i++)
        {
            if (y[i] != 0 && y[i] != 1)
                throw new DataValidationException(
                    Localized.Format(Strings.Error_NotBinary, outcome, i, y[i].ToString(CultureInfo.InvariantCulture)), outcome);
            events += (int)y[i];
        }
        if (events == 0 || events == y.Length)
            throw new DataValidationException(
                Localized.Format(Strings.Error_OneValue, outcome, events == 0 ? 0 : 1, y.Length), outcome);
        for (int i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (row.Length != names.Length)
                throw new DataValidationException(Localized.Format(Strings.Error_RowLength, i, row.Length, names.Length));
            for (int j = 0; j < row.Length; j++)
                if (!double.IsFinite(row[j]))
                    throw new DataValidationException(
                        Localized.Format(Strings.Error_NonFinitePredictor, names[j], row[j].ToString(CultureInfo.InvariantCulture), i), names[j]);
        }
    }

    /// <summary>
    /// True when some fitted probability is within e⁻¹⁰ ≈ 4.5·10⁻⁵ of 0 or 1 (|η| &gt; 10) — the symptom R reports as
    /// "fitted probabilities numerically 0 or 1 occurred". It only triggers the exact check in <see cref="SeparationOr"/>:
    /// strong but finite effects can reach it too.
    /// </summary>
    private static bool FitsSomeCaseAtZeroOrOne(double[][] rows, ReadOnlySpan<int> representative, ReadOnlySpan<double> beta, int k)
    {
        for (int u = 0; u < representative.Length; u++)
        {
            if (!(Math.Abs(GroupedLogit.LogOdds(rows[representative[u]].AsSpan(0, k), beta)) <= 10)) return true;
        }
        return false;
    }

    /// <summary>
    /// The separation error when <see cref="SeparationCheck"/> finds the outcome separated; otherwise
    /// <paramref name="otherwise"/> (null: the fit is fine after all, and the caller goes on).
    /// </summary>
    private static Exception? SeparationOr(double[][] rows, double[] y, string[] names, Exception? otherwise)
    {
        var found = SeparationCheck.Find(DesignColumns(rows, names.Length), NamesWithConstant(names), y);
        return found is { } separation ? SeparationError(separation.Predictors, separation.Complete) : otherwise;
    }

    private static SeparationException SeparationError(IReadOnlyList<string> predictors, bool complete) => new(
        Localized.Format(Strings.Error_Separation, complete ? Strings.Error_CompleteSeparation : Strings.Error_QuasiSeparation,
            string.Join(", ", predictors.Select(n => $"'{n}'")), predictors.Count == 1 ? Strings.Error_PredictsOne : Strings.Error_PredictsMany),
        predictors);

    internal static List<double[]> DesignColumns(double[][] rows, int k)
    {
        var columns = new List<double[]>(k + 1);
        for (int j = 0; j < k; j++) columns.Add(rows.Select(r => r[j]).ToArray());
        columns.Add(Enumerable.Repeat(1.0, rows.Length).ToArray());
        return columns;
    }

    internal static string[] NamesWithConstant(string[] names) => [.. names, ModelTerms.Constant];
}
