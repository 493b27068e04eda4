using SmeNotebooks.Display;
using SmeNotebooks.Models;
using SmeNotebooks.Data;

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
        string path = Path.Combine(KnowledgeIntensiveStudy.About.DataFolder(dataFolder), "table10-logistic-regression.csv");
        var table = CsvData.Load(path);
        (string Column, string Label, Func<Coefficient, double> Value)[] columns =
            [("B", "B", c => c.Estimate), ("SE", "S.E.", c => c.StdError), ("Wald", "Wald", c => c.Wald), ("Sig", "Sig.", c => c.PValue), ("ExpB", "Exp(B)", c => c.OddsRatio)];
        var decimals = columns.ToDictionary(c => c.Column, c => CsvData.Decimals(path, c.Column));
        var rows = new List<ComparisonRow>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            string term = Rows.Text(table, "term", r);
            var coefficient = fit[term == "Constant" ? LogisticRegression.ConstantName : $"{term.ToLowerInvariant()}_score"];
            foreach (var (column, label, value) in columns)
                rows.Add(new ComparisonRow($"{term} {label}", Rows.Number(table, column, r), value(coefficient), 0.5 * Math.Pow(10, -decimals[column][r]), decimals[column][r]));
        }
        return new Comparison("Table 10 — published and reproduced on the synthetic firms", rows,
            "Alonso, Contreras and Valenzuela (2025), §5, Table 10; reproduced: backward elimination on the SYNTHETIC firms' composite scores");
    }
}
