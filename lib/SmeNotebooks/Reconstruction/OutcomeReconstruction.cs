using SmeNotebooks.Models;
using SmeNotebooks.Numerics;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Reconstruction;

/// <summary>
/// Finds binary outcomes — and, optionally, small adjustments to free covariate values — that make a logistic
/// regression on given continuous covariates reach published Wald statistics: the continuous-covariate companion of
/// <see cref="LogitReconstruction"/>. Wald z = B / S.E. does not change when a covariate is rescaled, so matching the
/// z values on normalized data is what is left to do before a study solves the scales that map them onto the published B.
/// </summary>
public static class OutcomeReconstruction
{
    /// <summary>
    /// Simulated annealing over swaps of one outcome-1 and one outcome-0 case inside the same group (so each group
    /// keeps its number of events), minimizing Σ (z_j − target_j)² + <paramref name="penalty"/>(fit) for the logit of
    /// the outcome on <paramref name="covariates"/>. Only outcome vectors that <paramref name="accept"/> approves can
    /// become the result. Deterministic for <paramref name="seed"/>. Throws when no accepted vector was met.
    /// </summary>
    public static double[] Search(double[][] covariates, double[] targetZ, double[] start, IReadOnlyList<string> groups,
        Func<double[], bool> accept, Func<LogisticFit, double> penalty, int seed, int iterations = 20_000, int restarts = 4)
    {
        if (start.Length != covariates.Length || groups.Count != covariates.Length)
            throw new ArgumentException(Localized.Format(Strings.Error_CasesOutcomesGroups, covariates.Length, start.Length, groups.Count));
        double Objective(double[] y) => Distance(covariates, y, targetZ, penalty);
        var random = new Random(seed);
        double[]? best = accept(start) ? (double[])start.Clone() : null;
        double bestValue = best is null ? double.PositiveInfinity : Objective(start);
        var byGroup = Enumerable.Range(0, start.Length).GroupBy(i => groups[i]).Select(g => g.ToArray()).ToArray();
        for (int restart = 0; restart < restarts; restart++)
        {
            var y = (double[])(best ?? start).Clone();
            int i = 0, j = 0;
            Annealing.Minimize(random, Objective(y), iterations, 0.05, 0.9997,
                propose: () =>
                {
                    var members = byGroup[random.Next(byGroup.Length)];
                    (i, j) = (members[random.Next(members.Length)], members[random.Next(members.Length)]);
                    if (y[i] == y[j]) return null;
                    (y[i], y[j]) = (y[j], y[i]);
                    return Objective(y);
                },
                undo: () => (y[i], y[j]) = (y[j], y[i]),
                kept: value => { if (value < bestValue && accept(y)) { bestValue = value; best = (double[])y.Clone(); } });
        }
        return best ?? throw new InvalidOperationException(Strings.Error_NoOutcomeAccepted);
    }

    /// <summary>
    /// Moves the <paramref name="free"/> covariate values (row, column), each kept strictly inside its bounds, to
    /// minimize the same objective for fixed outcomes (Nelder-Mead on a logistic transform of each value). Returns
    /// the adjusted covariates; the input is not changed. Values end where <paramref name="accept"/> still holds, or
    /// the input is returned unchanged.
    /// </summary>
    public static double[][] Polish(double[][] covariates, double[] outcome, double[] targetZ, IReadOnlyList<(int Row, int Column, double Low, double High)> free,
        Func<double[][], bool> accept, Func<LogisticFit, double> penalty, int iterations = 4000)
    {
        double[][] With(double[] t)
        {
            var x = covariates.Select(r => (double[])r.Clone()).ToArray();
            for (int k = 0; k < free.Count; k++)
                x[free[k].Row][free[k].Column] = free[k].Low + (free[k].High - free[k].Low) / (1 + Math.Exp(-t[k]));
            return x;
        }
        double Objective(double[] t) => Distance(With(t), outcome, targetZ, penalty);
        var start = free.Select(f =>
        {
            double p = (covariates[f.Row][f.Column] - f.Low) / (f.High - f.Low);
            return Math.Log(p / (1 - p));
        }).ToArray();
        var polished = With(NelderMead.Minimize(Objective, start, 0.5, iterations, 1e-20));
        return accept(polished) ? polished : covariates;
    }

    /// <summary>
    /// The objective both searches minimize: Σ (z_j − target_j)² + penalty(fit) for the logit of
    /// <paramref name="outcome"/> on <paramref name="covariates"/>; +∞ when that logit cannot be fitted (separation,
    /// non-convergence, a singular design).
    /// </summary>
    private static double Distance(double[][] covariates, double[] outcome, double[] targetZ, Func<LogisticFit, double> penalty)
    {
        try
        {
            var fit = LogisticRegression.Fit(covariates, outcome, Enumerable.Range(1, targetZ.Length).Select(j => $"x{j}").ToArray());
            return Enumerable.Range(0, targetZ.Length).Sum(j => Math.Pow(fit.Coefficients[j].Estimate / fit.Coefficients[j].StdError - targetZ[j], 2)) + penalty(fit);
        }
        catch (Exception e) when (e is SeparationException or ConvergenceException or SingularDesignException) { return double.PositiveInfinity; }
    }
}
