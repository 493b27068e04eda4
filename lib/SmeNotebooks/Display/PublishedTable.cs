using Microsoft.Data.Analysis;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;
using SmeNotebooks.Models;

namespace SmeNotebooks.Display;

/// <summary>
/// A paper's table as the collection keeps it in <c>data/</c>: its values addressed by key columns (never by parsing
/// labels), each with the decimals it is printed to, so that a comparison's tolerance comes from the print.
/// </summary>
public sealed class PublishedTable
{
    private readonly string _path;
    private readonly Dictionary<string, int?[]> _decimals = [];

    private PublishedTable(string path, string source)
    {
        _path = path;
        Source = source;
        Frame = CsvData.Load(path);
    }

    /// <summary>Reads the table at <paramref name="path"/>; <paramref name="source"/> says where it is printed (paper, table, page).</summary>
    public static PublishedTable Load(string path, [System.ComponentModel.Localizable(true)] string source) => new(path, source);

    /// <summary>Where the values are printed.</summary>
    public string Source { get; }

    /// <summary>The table as read.</summary>
    public DataFrame Frame { get; }

    /// <summary>
    /// The table as the paper prints it, titled by <see cref="Source"/>: every cell is the file's text, so a printed
    /// 0.070 shows as 0.070 (the <see cref="Frame"/>'s doubles show 0.07), the columns headed by the file's names.
    /// </summary>
    public Table AsPrinted()
    {
        string[] columns = [.. Frame.Columns.Select(c => c.Name)];
        var texts = columns.Select(c => CsvData.Texts(_path, c)).ToArray();
        return new Table(Source, columns, [.. Enumerable.Range(0, (int)Frame.Rows.Count).Select(r => (IReadOnlyList<string>)[.. texts.Select(t => t[r])])]);
    }

    /// <summary>
    /// The value of <paramref name="column"/> in the one row that matches every key in <paramref name="key"/>; throws when
    /// no row or several match, or when the cell is empty.
    /// </summary>
    public PublishedValue Value(string column, params (string Column, string Value)[] key)
    {
        int row = Lookup.Single(Frame, key);
        if (!_decimals.TryGetValue(column, out var decimals)) _decimals[column] = decimals = CsvData.PrintedDecimals(_path, column);
        return new PublishedValue(Lookup.Number(Frame, column, row), decimals[row]
            ?? throw new InvalidDataException(Localized.Format(Strings.Error_PaperPrintsNothing, Source, column, row + 1)));
    }

    /// <summary>
    /// SPSS's coefficient columns of the row whose <c>term</c> is <paramref name="term"/> beside the fitted
    /// <paramref name="fitted"/>: B, S.E., Wald, Sig., Exp(B) (columns B, SE, Wald, Sig, ExpB), and the 95% C.I. for
    /// Exp(B) where the table prints one for the row (CI_lower, CI_upper) — SPSS's "Variables in the Equation".
    /// </summary>
    public IEnumerable<ComparisonRow> CoefficientRows(string term, Coefficient fitted)
    {
        PublishedValue P(string column) => Value(column, ("term", term));
        yield return P("B").Beside(fitted.Estimate, term, "B");
        yield return P("SE").Beside(fitted.StdError, term, "S.E.");
        yield return P("Wald").Beside(fitted.Wald, term, "Wald");
        yield return P("Sig").Beside(fitted.PValue, term, "Sig.");
        yield return P("ExpB").Beside(fitted.OddsRatio, term, "Exp(B)");
        if (Frame.Columns.IndexOf("CI_lower") >= 0 && Frame["CI_lower"][Lookup.Single(Frame, ("term", term))] is double)
        {
            yield return P("CI_lower").Beside(fitted.OddsRatioLower95, term, SpssLabels.CiLower);
            yield return P("CI_upper").Beside(fitted.OddsRatioUpper95, term, SpssLabels.CiUpper);
        }
    }

    /// <summary>
    /// The printed logistic equation P = 1 / (1 + exp(−α − Σ βᵢxᵢ)): βᵢ is column B of the row whose <c>term</c> is
    /// <paramref name="terms"/>[i] (the predictor named <paramref name="predictors"/>[i]), α column B of the row
    /// "Constant" — the model as the paper prints it, without its data.
    /// </summary>
    public LogitEquation Equation(IReadOnlyList<string> terms, IReadOnlyList<string> predictors) =>
        new(predictors, terms.Select(term => Value("B", ("term", term)).Value).ToArray(), Value("B", ("term", ModelTerms.Constant)).Value);
}
