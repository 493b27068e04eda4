using SmeNotebooks.Models;

namespace SmeNotebooks.Display;

/// <summary>
/// The result tables laid out as SPSS 20 prints them (the papers' tool), with SPSS's column headings:
/// "Variables in the Equation", "Classification Table", "Model Summary", "Omnibus Tests of Model Coefficients",
/// "Hosmer and Lemeshow Test", and for OLS "Model Summary" and "Coefficients". Numbers in the invariant culture,
/// with the leading zero SPSS drops (0.642, not .642).
/// </summary>
public static class SpssTables
{
    /// <summary>"Variables in the Equation": B, S.E., Wald, df, Sig., Exp(B) and its 95% C.I.</summary>
    public static Table VariablesInTheEquation(LogisticFit fit) => new(
        "Variables in the Equation",
        ["", "B", "S.E.", "Wald", "df", "Sig.", "Exp(B)", "95% C.I. for EXP(B) Lower", "Upper"],
        fit.Coefficients.Select(c => (IReadOnlyList<string>)
        [
            c.Name, Number.Format(c.Estimate), Number.Format(c.StdError), Number.Format(c.Wald), c.DegreesOfFreedom.ToString(),
            Number.Format(c.PValue), Number.Format(c.OddsRatio),
            c.Name == ModelTerms.Constant ? "" : Number.Format(c.OddsRatioLower95),
            c.Name == ModelTerms.Constant ? "" : Number.Format(c.OddsRatioUpper95),
        ]).ToArray());

    /// <summary>"Classification Table": observed rows against predicted columns, percentage correct, overall percentage.</summary>
    public static Table Classification(ClassificationTable table, string outcome = "Outcome") => new(
        "Classification Table",
        ["Observed", $"Predicted {outcome} = 0", $"Predicted {outcome} = 1", "Percentage Correct"],
        [
            [$"{outcome} = 0", table.TrueNegatives.ToString(), table.FalsePositives.ToString(), Number.Percent(table.Specificity)],
            [$"{outcome} = 1", table.FalseNegatives.ToString(), table.TruePositives.ToString(), Number.Percent(table.Sensitivity)],
            ["Overall Percentage", "", "", Number.Percent(table.OverallCorrect)],
        ],
        $"The cut value is {Number.Format(table.Cutoff)}");

    /// <summary>"Model Summary" of a logistic fit: −2 Log likelihood, Cox &amp; Snell R², Nagelkerke R².</summary>
    public static Table ModelSummary(LogisticFit fit) => new(
        "Model Summary",
        ["Step", "-2 Log likelihood", "Cox & Snell R Square", "Nagelkerke R Square"],
        [["1", Number.Format(fit.MinusTwoLogLikelihood), Number.Format(fit.CoxSnellR2), Number.Format(fit.NagelkerkeR2)]],
        $"Estimation terminated at iteration number {fit.Iterations} (Newton decrement below {fit.Tolerance.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)}).");

    /// <summary>"Omnibus Tests of Model Coefficients" (the model row).</summary>
    public static Table Omnibus(LogisticFit fit) => new(
        "Omnibus Tests of Model Coefficients",
        ["", "Chi-square", "df", "Sig."],
        [["Model", Number.Format(fit.Omnibus.ChiSquare), fit.Omnibus.DegreesOfFreedom.ToString(), Number.Format(fit.Omnibus.PValue)]]);

    /// <summary>"Hosmer and Lemeshow Test" with its contingency table.</summary>
    public static Table HosmerLemeshow(HosmerLemeshowTest test) => new(
        "Hosmer and Lemeshow Test",
        ["Group", "Observed 0", "Expected 0", "Observed 1", "Expected 1", "Total"],
        test.Groups.Select((g, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(), g.ObservedNonEvents.ToString(), Number.Format(g.ExpectedNonEvents), g.ObservedEvents.ToString(),
            Number.Format(g.ExpectedEvents), g.Size.ToString(),
        ]).ToArray(),
        $"Chi-square {Number.Format(test.ChiSquare)}, df {test.DegreesOfFreedom}, Sig. {Number.Format(test.PValue)}");

    /// <summary>OLS "Model Summary": R, R², adjusted R², Std. Error of the Estimate, Durbin-Watson, and the ANOVA F.</summary>
    public static Table ModelSummary(LinearFit fit) => new(
        "Model Summary",
        ["Model", "R", "R Square", "Adjusted R Square", "Std. Error of the Estimate", "Durbin-Watson", "F", "df1", "df2", "Sig. F"],
        [[
            "1", Number.Format(Math.Sqrt(fit.RSquared)), Number.Format(fit.RSquared), Number.Format(fit.AdjustedRSquared),
            Number.Format(fit.StandardError), Number.Format(fit.DurbinWatson), Number.Format(fit.FStatistic),
            fit.ModelDegreesOfFreedom.ToString(), fit.ResidualDegreesOfFreedom.ToString(), Number.Format(fit.FPValue),
        ]],
        fit.HasIntercept ? $"Dependent variable: {fit.Outcome}; n = {fit.N}."
                         : $"Dependent variable: {fit.Outcome}; n = {fit.N}. Regression through the origin: R Square is uncentered (1 − RSS/Σy²).");

    /// <summary>OLS "Coefficients": B, Std. Error, t, Sig., and the 95% interval for B.</summary>
    public static Table Coefficients(LinearFit fit) => new(
        "Coefficients",
        ["", "B", "Std. Error", "t", "Sig.", "95% C.I. for B Lower", "Upper"],
        fit.Coefficients.Select(c => (IReadOnlyList<string>)
        [
            c.Name, Number.Format(c.Estimate), Number.Format(c.StdError), Number.Format(c.T), Number.Format(c.PValue),
            Number.Format(c.Lower95), Number.Format(c.Upper95),
        ]).ToArray());

    /// <summary>"Tests of Normality": Kolmogorov-Smirnov with Lilliefors significance correction.</summary>
    public static Table Normality(NormalityTest test, string variable = "Residual") => new(
        "Tests of Normality",
        ["", "Kolmogorov-Smirnov Statistic", "df", "Sig."],
        [[variable, Number.Format(test.Statistic), test.N.ToString(), Number.Format(test.SpssSignificance) + (test.SpssSignificanceIsLowerBound ? "*" : "")]],
        test.SpssSignificanceIsLowerBound
            ? $"Lilliefors Significance Correction. *This is a lower bound of the true significance (Dallal-Wilkinson p = {Number.Format(test.PValue)})."
            : "Lilliefors Significance Correction.");
}
