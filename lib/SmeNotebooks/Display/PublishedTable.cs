using Microsoft.Data.Analysis;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;

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
    public static PublishedTable Load(string path, string source) => new(path, source);

    /// <summary>Where the values are printed.</summary>
    public string Source { get; }

    /// <summary>The table as read.</summary>
    public DataFrame Frame { get; }

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
}
