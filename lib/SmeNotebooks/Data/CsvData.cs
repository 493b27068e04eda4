using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;
using FieldType = Microsoft.VisualBasic.FileIO.FieldType;
using MalformedLineException = Microsoft.VisualBasic.FileIO.MalformedLineException;
using TextFieldParser = Microsoft.VisualBasic.FileIO.TextFieldParser;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Data;

/// <summary>
/// Loads the collection's CSV files into DataFrames, culture-independently (a Spanish-locale machine must read
/// "0.20" as 0.20) and at full precision: every column whose non-empty cells all parse as numbers becomes a
/// <see cref="double"/> column — DataFrame.LoadCsv's own guess is <see cref="float"/>, which would round data to
/// about 7 significant digits and move refitted coefficients — and every other column a string column.
/// Empty cells become nulls (missing values). Reading and writing go through maintained RFC 4180 implementations
/// (.NET's TextFieldParser, Microsoft.Data.Analysis's SaveCsv), so whatever one writes the other reads back.
/// </summary>
public static class CsvData
{
    /// <summary>
    /// Raised with the full path of every CSV file read (tables, stated facts, correction logs): how the runner lists
    /// the data behind a page.
    /// </summary>
    public static event Action<string>? FileRead;

    /// <summary>Reads <paramref name="path"/> (comma-separated, header row, UTF-8, RFC 4180 quoting) into a DataFrame.</summary>
    public static DataFrame Load(string path)
    {
        var (header, cells) = Records(path);
        var columns = new List<DataFrameColumn>();
        for (int c = 0; c < header.Length; c++)
        {
            var values = cells.Select(row => row[c]).ToArray();
            bool numeric = values.All(v => v.Length == 0 || double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            columns.Add(numeric
                ? new DoubleDataFrameColumn(header[c], values.Select(v => v.Length == 0 ? (double?)null : double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)))
                : new StringDataFrameColumn(header[c], values.Select(v => v.Length == 0 ? null : v)));
        }
        return new DataFrame(columns);
    }

    /// <summary>
    /// The file's header and records as written, by .NET's own RFC 4180 parser (Microsoft.VisualBasic.FileIO.TextFieldParser: quoted
    /// fields may hold commas, doubled quotes and line breaks; blank lines are skipped); throws, naming the line, when a
    /// record has another number of fields than the header or cannot be parsed.
    /// </summary>
    private static (string[] Header, string[][] Rows) Records(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException(Localized.Format(Strings.Error_NoDataFile, Path.GetFullPath(path), Directory.GetCurrentDirectory()), path);
        FileRead?.Invoke(Path.GetFullPath(path));
        using var parser = new TextFieldParser(path, Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var records = new List<string[]>();
        try
        {
            while (!parser.EndOfData)
            {
                long line = parser.LineNumber;
                var fields = parser.ReadFields()!;
                if (records.Count > 0 && fields.Length != records[0].Length)
                    throw new InvalidDataException(Localized.Format(Strings.Error_FieldCount, path, line, fields.Length, records[0].Length));
                records.Add(fields);
            }
        }
        catch (MalformedLineException ex) { throw new InvalidDataException(Localized.Format(Strings.Error_MalformedCsv, path, ex.LineNumber), ex); }
        if (records.Count == 0) throw new InvalidDataException(Localized.Format(Strings.Error_EmptyCsv, path));
        return (records[0], records.Skip(1).ToArray());
    }

    /// <summary>
    /// The number of decimals each row of <paramref name="column"/> is written with ("0.0330" → 4, "0.155" → 3,
    /// "12" → 0), for tolerances of half a unit of the last printed digit: the file keeps a paper's numbers as printed,
    /// trailing zeros included, which the parsed doubles lose. Throws on an empty cell.
    /// </summary>
    public static int[] Decimals(string path, string column) =>
        PrintedDecimals(path, column).Select((d, r) => d ?? throw new InvalidDataException(
            Localized.Format(Strings.Error_NoPrintedPrecision, path, r + 2, column))).ToArray();

    /// <summary>As <see cref="Decimals"/>, with null for an empty cell (a value the paper does not print).</summary>
    public static int?[] PrintedDecimals(string path, string column) =>
        Texts(path, column).Select(cell => cell switch
        {
            "" => (int?)null,
            _ when cell.IndexOf('.') is var point and >= 0 => cell.Length - point - 1,
            _ => 0,
        }).ToArray();

    /// <summary>
    /// The cells of <paramref name="column"/> exactly as the file writes them — a published table's numbers as the
    /// paper prints them ("0.070", "-0.200"), which parsing to a double would shorten; "" for an empty cell.
    /// </summary>
    public static string[] Texts(string path, string column)
    {
        var (header, rows) = Records(path);
        int c = Array.IndexOf(header, column);
        if (c < 0) throw new ArgumentException(Localized.Format(Strings.Error_FileNoColumn, path, column), nameof(column));
        return [.. rows.Select(row => row[c])];
    }

    /// <summary>
    /// A DataFrame as CSV text, written by Microsoft.Data.Analysis (<see cref="DataFrame.SaveCsv(DataFrame, Stream, char, bool, Encoding, CultureInfo)"/>):
    /// header, then every value in the invariant culture, doubles in their shortest round-trip form ("R"; full precision:
    /// rounding would move a refit off the printed digits), nulls as empty cells, "\n" line ends, UTF-8 without a byte
    /// order mark; a field holding a comma, a quote or a line break is quoted as RFC 4180 says (quotes doubled).
    /// </summary>
    public static string ToCsv(DataFrame frame)
    {
        // SaveCsv would print doubles as G17 ("1.0000000000000001E-05"); the text of each value is fixed here, the
        // quoting and the layout are SaveCsv's.
        var text = new DataFrame(frame.Columns.Select(column => new StringDataFrameColumn(column.Name,
            Enumerable.Range(0, (int)column.Length).Select(r => column[r] switch
            {
                null => null,
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                var v => Convert.ToString(v, CultureInfo.InvariantCulture),
            }))));
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stream = new MemoryStream();
        DataFrame.SaveCsv(text, stream, encoding: utf8, cultureInfo: CultureInfo.InvariantCulture);
        return utf8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Finds the repository's <c>data</c> folder by walking up from <paramref name="start"/> (default: the working
    /// directory) — notebooks run with their own folder as working directory, tests from their output folder.
    /// </summary>
    public static string DataFolder(string? start = null)
    {
        var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory());
        for (; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "SmeNotebooks.sln"))) return candidate;
        }
        throw new DirectoryNotFoundException(Localized.Format(Strings.Error_NoDataFolder, start ?? Directory.GetCurrentDirectory()));
    }
}
