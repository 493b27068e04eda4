using System.Globalization;
using SmeNotebooks.Localization;
using SmeNotebooks.Models;

namespace SmeNotebooks.Display;

/// <summary>
/// The result tables laid out as SPSS 20 prints them (the papers' tool), with SPSS's column headings in the reader's
/// language (<see cref="Strings"/>: English, or Spanish as SPSS prints them in Spanish — "E.T.", "gl"):
/// "Variables in the Equation", "Classification Table", "Model Summary", "Omnibus Tests of Model Coefficients",
/// "Hosmer and Lemeshow Test", and for OLS "Model Summary" and "Coefficients". Numbers in the invariant culture,
/// with the leading zero SPSS drops (0.642, not .642).
/// </summary>
public static class SpssTables
{
    /// <summary>"Variables in the Equation": B, S.E., Wald, df, Sig., Exp(B) and its 95% C.I.</summary>
    public static Table VariablesInTheEquation(LogisticFit fit) => new(
        Strings.Spss_VariablesInTheEquation,
        ["", Strings.Spss_B, Strings.Spss_SE, Strings.Spss_Wald, Strings.Spss_df, Strings.Spss_Sig, Strings.Spss_ExpB, Strings.Spss_ExpBLower, Strings.Spss_Upper],
        fit.Coefficients.Select(c => (IReadOnlyList<string>)
        [
            SpssLabels.Display(c.Name), Number.Format(c.Estimate), Number.Format(c.StdError), Number.Format(c.Wald), c.DegreesOfFreedom.ToString(),
            Number.Format(c.PValue), Number.Format(c.OddsRatio),
            c.Name == ModelTerms.Constant ? "" : Number.Format(c.OddsRatioLower95),
            c.Name == ModelTerms.Constant ? "" : Number.Format(c.OddsRatioUpper95),
        ]).ToArray());

    /// <summary>"Classification Table": observed rows against predicted columns, percentage correct, overall percentage.</summary>
    public static Table Classification(ClassificationTable table, string? outcome = null)
    {
        string name = outcome ?? Strings.Spss_Outcome;
        return new Table(
            Strings.Spss_ClassificationTable,
            [Strings.Spss_Observed, Localized.Format(Strings.Spss_Predicted, name, 0), Localized.Format(Strings.Spss_Predicted, name, 1), Strings.Spss_PercentageCorrect],
            [
                [Localized.Format(Strings.Spss_OutcomeIs, name, 0), table.TrueNegatives.ToString(), table.FalsePositives.ToString(), Number.Percent(table.Specificity)],
                [Localized.Format(Strings.Spss_OutcomeIs, name, 1), table.FalseNegatives.ToString(), table.TruePositives.ToString(), Number.Percent(table.Sensitivity)],
                [Strings.Spss_OverallPercentage, "", "", Number.Percent(table.OverallCorrect)],
            ],
            Localized.Format(Strings.Spss_CutValue, Number.Format(table.Cutoff)));
    }

    /// <summary>"Model Summary" of a logistic fit: −2 Log likelihood, Cox &amp; Snell R², Nagelkerke R².</summary>
    public static Table ModelSummary(LogisticFit fit) => new(
        Strings.Spss_ModelSummary,
        [Strings.Spss_Step, Strings.Spss_MinusTwoLogLikelihood, Strings.Spss_CoxSnell, Strings.Spss_Nagelkerke],
        [["1", Number.Format(fit.MinusTwoLogLikelihood), Number.Format(fit.CoxSnellR2), Number.Format(fit.NagelkerkeR2)]],
        Localized.Format(Strings.Spss_EstimationTerminated, fit.Iterations, fit.Tolerance.ToString("G3", CultureInfo.InvariantCulture)));

    /// <summary>
    /// "Omnibus Tests of Model Coefficients" as SPSS prints it for one block entered at once: the Step, Block and Model
    /// rows, which then hold the same likelihood-ratio test.
    /// </summary>
    public static Table Omnibus(LogisticFit fit) => new(
        Strings.Spss_Omnibus,
        ["", Strings.Spss_ChiSquare, Strings.Spss_df, Strings.Spss_Sig],
        [.. new[] { Strings.Spss_Step, Strings.Spss_Block, Strings.Spss_Model }.Select(row => (IReadOnlyList<string>)
            [row, Number.Format(fit.Omnibus.ChiSquare), fit.Omnibus.DegreesOfFreedom.ToString(), Number.Format(fit.Omnibus.PValue)])]);

    /// <summary>"Hosmer and Lemeshow Test" with its contingency table.</summary>
    public static Table HosmerLemeshow(HosmerLemeshowTest test) => new(
        Strings.Spss_HosmerLemeshow,
        [Strings.Spss_Group, Localized.Format(Strings.Spss_Observed01, 0), Localized.Format(Strings.Spss_Expected01, 0), Localized.Format(Strings.Spss_Observed01, 1), Localized.Format(Strings.Spss_Expected01, 1), Strings.Spss_Total],
        test.Groups.Select((g, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(), g.ObservedNonEvents.ToString(), Number.Format(g.ExpectedNonEvents), g.ObservedEvents.ToString(),
            Number.Format(g.ExpectedEvents), g.Size.ToString(),
        ]).ToArray(),
        Localized.Format(Strings.Spss_HosmerLemeshowFooter, Number.Format(test.ChiSquare), test.DegreesOfFreedom, Number.Format(test.PValue)));

    /// <summary>OLS "Model Summary": R, R², adjusted R², Std. Error of the Estimate, Durbin-Watson, and the ANOVA F.</summary>
    public static Table ModelSummary(LinearFit fit) => new(
        Strings.Spss_ModelSummary,
        [Strings.Spss_Model, "R", Strings.Spss_RSquare, Strings.Spss_AdjustedRSquare, Strings.Spss_StdErrorOfEstimate, "Durbin-Watson", "F", Strings.Spss_df1, Strings.Spss_df2, Strings.Spss_SigF],
        [[
            "1", Number.Format(Math.Sqrt(fit.RSquared)), Number.Format(fit.RSquared), Number.Format(fit.AdjustedRSquared),
            Number.Format(fit.StandardError), Number.Format(fit.DurbinWatson), Number.Format(fit.FStatistic),
            fit.ModelDegreesOfFreedom.ToString(), fit.ResidualDegreesOfFreedom.ToString(), Number.Format(fit.FPValue),
        ]],
        fit.HasIntercept ? Localized.Format(Strings.Spss_DependentVariable, fit.Outcome, fit.N)
                         : Localized.Format(Strings.Spss_DependentVariable, fit.Outcome, fit.N) + " " + Strings.Spss_ThroughOrigin);

    /// <summary>OLS "Coefficients": B, Std. Error, t, Sig., and the 95% interval for B.</summary>
    public static Table Coefficients(LinearFit fit) => new(
        Strings.Spss_Coefficients,
        ["", Strings.Spss_B, Strings.Spss_StdError, "t", Strings.Spss_Sig, Strings.Spss_BLower, Strings.Spss_Upper],
        fit.Coefficients.Select(c => (IReadOnlyList<string>)
        [
            SpssLabels.Display(c.Name), Number.Format(c.Estimate), Number.Format(c.StdError), Number.Format(c.T), Number.Format(c.PValue),
            Number.Format(c.Lower95), Number.Format(c.Upper95),
        ]).ToArray());

    /// <summary>"Tests of Normality": Kolmogorov-Smirnov with Lilliefors significance correction.</summary>
    public static Table Normality(NormalityTest test, string? variable = null) => new(
        Strings.Spss_TestsOfNormality,
        ["", Strings.Spss_KolmogorovSmirnov, Strings.Spss_df, Strings.Spss_Sig],
        [[variable ?? Strings.Spss_Residual, Number.Format(test.Statistic), test.N.ToString(), Number.Format(test.SpssSignificance) + (test.SpssSignificanceIsLowerBound ? "*" : "")]],
        test.SpssSignificanceIsLowerBound
            ? Localized.Format(Strings.Spss_LillieforsLowerBound, Number.Format(test.PValue))
            : Strings.Spss_Lilliefors);
}
