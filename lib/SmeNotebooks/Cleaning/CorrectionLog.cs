using Microsoft.Data.Analysis;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Cleaning;

/// <summary>
/// A corrections table (CSV columns source, row, column, raw, corrected, status, reason) and its application to raw
/// extracted values: every change to a damaged table goes through here, so none is silent.
/// </summary>
public sealed class CorrectionLog
{
    /// <summary>The statuses an entry may have.</summary>
    public static readonly string[] Statuses = ["corrected", "label", "identified", "unrecoverable"];

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<Correction> Entries { get; }

    private CorrectionLog(IReadOnlyList<Correction> entries) => Entries = entries;

    /// <summary>Reads a corrections CSV; throws on an unknown status or a "corrected" entry without a value.</summary>
    public static CorrectionLog Load(string path)
    {
        var table = CsvData.Load(path);
        var entries = Enumerable.Range(0, (int)table.Rows.Count).Select(r =>
        {
            string status = Lookup.Text(table, "status", r), corrected = Lookup.Text(table, "corrected", r);
            if (!Statuses.Contains(status)) throw new InvalidDataException(Localized.Format(Strings.Error_CorrectionStatus, path, r + 1, status, string.Join(", ", Statuses)));
            if (status != "unrecoverable" && corrected.Length == 0) throw new InvalidDataException(Localized.Format(Strings.Error_CorrectionValue, path, r + 1, status));
            return new Correction(Lookup.Text(table, "source", r), Lookup.Text(table, "row", r), Lookup.Text(table, "column", r), Lookup.Text(table, "raw", r),
                corrected.Length == 0 ? null : corrected, status, Lookup.Text(table, "reason", r));
        }).ToArray();
        return new CorrectionLog(entries);
    }

    /// <summary>The entry for (source, row, column), or null when the value stands as extracted.</summary>
    public Correction? Find(string source, string row, string column) =>
        Entries.SingleOrDefault(e => e.Source == source && e.Row == row && e.Column == column);

    /// <summary>
    /// The value to use: the extracted <paramref name="raw"/> unless the log corrects it. Throws when the log's raw
    /// value differs from <paramref name="raw"/> — the log would then describe a different file.
    /// </summary>
    public string? Apply(string source, string row, string column, string raw)
    {
        if (Find(source, row, column) is not { } entry) return raw;
        return entry.Raw == raw ? entry.Corrected
            : throw new InvalidDataException(Localized.Format(Strings.Error_CorrectionRaw, $"{source}/{row}/{column}", entry.Raw, raw));
    }

    /// <summary>The log as a DataFrame for display (unrecoverable values show as "(missing)").</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("source", Entries.Select(e => e.Source)),
        new StringDataFrameColumn("row", Entries.Select(e => e.Row)),
        new StringDataFrameColumn("column", Entries.Select(e => e.Column)),
        new StringDataFrameColumn("raw", Entries.Select(e => e.Raw)),
        new StringDataFrameColumn("corrected", Entries.Select(e => e.Corrected ?? Strings.Corrections_Missing)),
        new StringDataFrameColumn("status", Entries.Select(e => e.Status)),
        new StringDataFrameColumn("reason", Entries.Select(e => e.Reason)));
}
