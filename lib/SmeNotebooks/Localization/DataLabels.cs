using System.Globalization;
using System.Resources;
using Microsoft.Data.Analysis;

namespace SmeNotebooks.Localization;

/// <summary>
/// The labels a table from an English source shows — survey items and answer categories, regions, measures, the
/// reasons of a corrections log — as the reader reads them. The data keep the source's English: it is the key every
/// lookup uses and the text that finds a row in the source. A study's labels file (<c>Studies/X/XLabels.resx</c> and
/// its translations, <c>XLabels.es.resx</c>) translates each label, named by the English label, as a catalog
/// translates a message: the English file holds each label as itself, and every translation has them all (tests keep
/// every label the notebooks show in the English file, and every English entry translated).
/// </summary>
/// <param name="Resources">The study's labels (see <see cref="Of"/>).</param>
public sealed record DataLabels(ResourceManager Resources)
{
    /// <summary>The labels file <paramref name="baseName"/> ("SmeNotebooks.Studies.X.XLabels") of the library.</summary>
    public static DataLabels Of(string baseName) => new(new ResourceManager(baseName, typeof(DataLabels).Assembly));

    /// <summary>
    /// <paramref name="label"/> in the reader's language (<see cref="CultureInfo.CurrentUICulture"/>); unchanged when
    /// there is no translation. A label in lower case ("staff training", an item) reads the entry of the same label
    /// capitalised ("Staff training", a table's row) in lower case: resource names differ by more than case.
    /// </summary>
    public string ForReader(string label) =>
        Resources.GetString(label) ?? (Capitalised(label) is { } capital && Resources.GetString(capital) is { } translation
            ? char.ToLower(translation[0], CultureInfo.InvariantCulture) + translation[1..] : label);

    /// <summary>
    /// A copy of <paramref name="frame"/> whose text <paramref name="columns"/> read in the reader's language (each cell
    /// through <see cref="ForReader(string)"/>); other columns, and the frame itself, are unchanged. Throws when a column
    /// is missing or not text.
    /// </summary>
    public DataFrame ForReader(DataFrame frame, params string[] columns)
    {
        var copy = frame.Clone();
        foreach (string column in columns)
        {
            if (!copy.Columns.Any(c => c.Name == column))
                throw new ArgumentException(Localized.Format(Strings.Error_TableNoColumn, column, string.Join(", ", copy.Columns.Select(c => c.Name))), nameof(columns));
            if (copy.Columns[column] is not StringDataFrameColumn text)
                throw new ArgumentException(Localized.Format(Strings.Error_LabelsNotText, column, copy.Columns[column].DataType.Name), nameof(columns));
            for (long r = 0; r < text.Length; r++)
                if (text[r] is { } label) text[r] = ForReader(label);
        }
        return copy;
    }

    /// <summary>True when the resources hold <paramref name="label"/> (in English, and so in every translation).</summary>
    public bool Knows(string label) => Resources.GetString(label, CultureInfo.InvariantCulture) is not null
        || Capitalised(label) is { } capital && Resources.GetString(capital, CultureInfo.InvariantCulture) is not null;

    /// <summary><paramref name="label"/> with its first letter in upper case; null when it already is, or is no letter.</summary>
    private static string? Capitalised(string label) =>
        label.Length > 0 && char.IsLower(label[0]) ? char.ToUpper(label[0], CultureInfo.InvariantCulture) + label[1..] : null;
}
