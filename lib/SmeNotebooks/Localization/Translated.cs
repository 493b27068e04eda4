using System.Globalization;
using Microsoft.Data.Analysis;
using SmeNotebooks.Data;

namespace SmeNotebooks.Localization;

/// <summary>
/// A text that the data give in several languages — a table's <c>name_es</c>, <c>name_en</c>, … columns, such as a
/// Spanish paper's own words beside the collection's English translation. The reader's language picks its version;
/// a language the data do not carry reads the English one (<see cref="Languages.Source"/>). Adding a language to such
/// data is adding a column.
/// </summary>
/// <param name="ByLanguage">The text for each language code ("en", "es", …); English always among them.</param>
public sealed record Translated(IReadOnlyDictionary<string, string> ByLanguage)
{
    /// <summary>The version for the reader (<see cref="CultureInfo.CurrentUICulture"/>), or the English one.</summary>
    public string ForReader => ByLanguage.TryGetValue(Languages.Current, out var text) ? text : ByLanguage[Languages.Source];

    /// <summary>
    /// What a reader is shown of a text whose source wrote it in <paramref name="original"/>: the original, then the
    /// reader's version when the reader reads another language the data carry ("Capacitación empresarial",
    /// "Business training" for an English reader; only the first for a Spanish one).
    /// </summary>
    public IReadOnlyList<string> Shown(string original) =>
        Languages.Current == original || !ByLanguage.ContainsKey(Languages.Current) ? [ByLanguage[original]] : [ByLanguage[original], ByLanguage[Languages.Current]];

    /// <summary>The original and, on a new line in parentheses, the reader's version when <see cref="Shown"/> has one: "Capacitación empresarial\n(Business training)".</summary>
    public string Glossed(string original) => string.Join("\n", Shown(original).Select((text, i) => i == 0 ? text : $"({text})"));

    /// <summary>
    /// The headings of the columns <see cref="Shown"/> fills: <paramref name="originalHeading"/>, then
    /// <paramref name="translationHeading"/> when the reader does not read <paramref name="original"/>.
    /// </summary>
    public static IReadOnlyList<string> Headings(string original, [System.ComponentModel.Localizable(true)] string originalHeading, [System.ComponentModel.Localizable(true)] string translationHeading) =>
        Languages.Current == original ? [originalHeading] : [originalHeading, translationHeading];

    /// <summary>
    /// <paramref name="table"/> as a reader is shown it when its source wrote in <paramref name="original"/>: the
    /// <c>_xx</c> columns of the original's language and of the reader's, not those of other languages (a Spanish
    /// reader of a Spanish paper sees <c>activity_es</c> only; an English reader <c>activity_es</c> and <c>activity_en</c>).
    /// </summary>
    public static DataFrame OriginalAndReader(DataFrame table, string original)
    {
        var codes = Languages.All.Select(c => c.TwoLetterISOLanguageName).ToHashSet();
        var kept = table.Columns.Where(c => !(c.Name.Length > 3 && c.Name[^3] == '_' && codes.Contains(c.Name[^2..]) && c.Name[^2..] != original && c.Name[^2..] != Languages.Current));
        return new DataFrame(kept.Select(c => c.Clone()));
    }

    /// <summary>
    /// The versions of <paramref name="column"/> in row <paramref name="row"/> of <paramref name="table"/>: the cell of
    /// each <c>column_xx</c> column. Null when they are all empty (the data say nothing); throws when the table has no
    /// <c>column_en</c>.
    /// </summary>
    public static Translated? Read(DataFrame table, string column, int row)
    {
        var byLanguage = Columns(table, column).ToDictionary(c => c.Language, c => Lookup.Text(table, c.Column, row));
        return byLanguage.Values.All(t => t.Length == 0) ? null : new Translated(byLanguage);
    }

    /// <summary>Every row's version of <paramref name="column"/> for the reader (see <see cref="ForReader"/>).</summary>
    public static string[] ForReaderIn(DataFrame table, string column)
    {
        string chosen = Columns(table, column).FirstOrDefault(c => c.Language == Languages.Current).Column ?? column + "_" + Languages.Source;
        return Enumerable.Range(0, (int)table.Rows.Count).Select(r => Lookup.Text(table, chosen, r)).ToArray();
    }

    private static IEnumerable<(string Language, string Column)> Columns(DataFrame table, string column)
    {
        var found = table.Columns.Select(c => c.Name).Where(n => n.Length == column.Length + 3 && n.StartsWith(column + "_", StringComparison.Ordinal))
            .Select(n => (Language: n[^2..], Column: n)).ToArray();
        return found.Any(c => c.Language == Languages.Source) ? found
            : throw new ArgumentException(Localized.Format(Strings.Error_TableNoColumn, column + "_" + Languages.Source, string.Join(", ", table.Columns.Select(c => c.Name))), nameof(column));
    }
}
