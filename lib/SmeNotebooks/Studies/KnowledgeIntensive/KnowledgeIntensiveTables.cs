using SmeNotebooks.Display;
using SmeNotebooks.Models;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.KnowledgeIntensive;

/// <summary>
/// The knowledge-intensive SMEs paper's tables beside their reproduction, each value's tolerance half a unit of the
/// digit it is printed to (read from the CSV as written, trailing zeros included).
/// </summary>
public static class KnowledgeIntensiveTables
{
    /// <summary>
    /// Table 10 against a logit whose predictors are named <c>x1_score</c> and <c>x3_score</c> (the composite scores):
    /// B, S.E., Wald, Sig. and Exp(B) for X1, X3 and the constant.
    /// </summary>
    public static Comparison Table10(LogisticFit fit, string dataFolder)
    {
        var published = Published(dataFolder, "table10-logistic-regression.csv", Localized.Format(Strings.Table_Number, 10));
        var rows = published.Frame["term"].Cast<string>()
            .SelectMany(term => published.CoefficientRows(term, fit[term == "Constant" ? ModelTerms.Constant : $"{term.ToLowerInvariant()}_score"])).ToArray();
        return new Comparison(KnowledgeIntensiveStrings.Table10_Title, rows, published.Source + KnowledgeIntensiveStrings.Table10_Reproduced);
    }

    /// <summary>
    /// Table 9, the exponential (log-linear) model, against a Cobb-Douglas fit on <c>y</c> and <c>x1</c> … <c>x4</c>:
    /// each term's coefficient and t, then R², F and Durbin-Watson.
    /// </summary>
    public static Comparison Table9(CobbDouglasFit fit, string dataFolder)
    {
        var terms = Published(dataFolder, "table9-exponential-model.csv", Localized.Format(Strings.Table_Number, 9));
        var statistics = Published(dataFolder, "table9-model-statistics.csv", Localized.Format(Strings.Table_Number, 9));
        var rows = new List<ComparisonRow>();
        foreach (string term in Lookup.Where(terms.Frame, ("model", "exponential")).Select(r => Lookup.Text(terms.Frame, "term", r)))
        {
            var c = fit.Regression[term == "Constant" ? ModelTerms.Constant : term.Replace("ln X", "x")];
            rows.Add(terms.Value("coefficient", ("model", "exponential"), ("term", term)).Beside(c.Estimate, term, KnowledgeIntensiveStrings.Coefficient));
            rows.Add(terms.Value("t", ("model", "exponential"), ("term", term)).Beside(c.T, term, "t"));
        }
        rows.Add(statistics.Value("value", ("statistic", "R2")).Beside(fit.Regression.RSquared, "R²"));
        rows.Add(statistics.Value("value", ("statistic", "F")).Beside(fit.Regression.FStatistic, "F"));
        rows.Add(statistics.Value("value", ("statistic", "DW")).Beside(fit.Regression.DurbinWatson, "Durbin-Watson"));
        return new Comparison(KnowledgeIntensiveStrings.Table9_Title, rows, terms.Source);
    }

    /// <summary>
    /// Table 11, the adjusted model without a constant, against a Cobb-Douglas fit of <c>y</c> on <c>x1</c> and
    /// <c>x3</c> without intercept: both elasticities, the uncentered R² and F.
    /// </summary>
    public static Comparison Table11(CobbDouglasFit fit, string dataFolder)
    {
        var terms = Published(dataFolder, "table11-adjusted-model.csv", Localized.Format(Strings.Table_Number, 11));
        var statistics = Published(dataFolder, "table11-model-statistics.csv", Localized.Format(Strings.Table_Number, 11));
        return new Comparison(KnowledgeIntensiveStrings.Table11_Title,
        [
            terms.Value("coefficient", ("term", "ln X1")).Beside(fit.Elasticity("x1"), "ln X1", KnowledgeIntensiveStrings.Coefficient),
            terms.Value("coefficient", ("term", "ln X3")).Beside(fit.Elasticity("x3"), "ln X3", KnowledgeIntensiveStrings.Coefficient),
            statistics.Value("value", ("statistic", "R2")).Beside(fit.Regression.RSquared, KnowledgeIntensiveStrings.RSquaredUncentered),
            statistics.Value("value", ("statistic", "F")).Beside(fit.Regression.FStatistic, "F"),
        ], terms.Source);
    }

    private static PublishedTable Published(string dataFolder, string file, string table) =>
        KnowledgeIntensiveStudy.About.Printed(dataFolder, file, Localized.Format(KnowledgeIntensiveStrings.Source, table));
}
