using Microsoft.Data.Analysis;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Survey;

/// <summary>Shares of respondents giving some answers, read from a published frequency table in long form.</summary>
public static class AnswerShares
{
    /// <summary>
    /// The summed percentage of the rows whose <paramref name="keyColumn"/> is <paramref name="subject"/> and whose
    /// <paramref name="answerColumn"/> is one of <paramref name="answers"/> — e.g. the share answering "Frequently" or
    /// "Very frequently" for one partner. Throws when a column is missing or no row matches the subject.
    /// </summary>
    public static double Sum(DataFrame table, string keyColumn, string subject, IReadOnlyCollection<string> answers,
        string answerColumn = "frequency", string percentColumn = "percent")
    {
        var rows = Enumerable.Range(0, (int)table.Rows.Count).Where(r => Lookup.Text(table, keyColumn, r) == subject).ToArray();
        if (rows.Length == 0) throw new ArgumentException(Localized.Format(Strings.Error_NoRowWithKey, keyColumn, subject));
        return rows.Where(r => answers.Contains(Lookup.Text(table, answerColumn, r))).Sum(r => Lookup.Number(table, percentColumn, r));
    }
}
