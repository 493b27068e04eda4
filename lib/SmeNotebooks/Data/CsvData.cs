using System.Globalization;
using Microsoft.Data.Analysis;

namespace SmeNotebooks.Data;

/// <summary>
/// Loads the collection's CSV files into DataFrames, culture-independently (a Spanish-locale machine must read
/// "0.20" as 0.20) and at full precision: every column whose non-empty cells all parse as numbers becomes a
/// <see cref="double"/> column — DataFrame.LoadCsv's own guess is <see cref="float"/>, which would round data to
/// about 7 significant digits and move refitted coefficients — and every other column a string column.
/// Empty cells become nulls (missing values).
/// </summary>
public static class CsvData
{
    /// <summary>Reads <paramref name="path"/> (comma-separated, header row, UTF-8, RFC 4180 quoting) into a DataFrame.</summary>
    public static DataFrame Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"No data file at '{Path.GetFullPath(path)}' (working directory '{Directory.GetCurrentDirectory()}').", path);
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        if (lines.Length == 0) throw new InvalidDataException($"'{path}' is empty: a header row is required.");
        var header = CsvLine.Split(lines[0]);
        var cells = lines.Skip(1).Select(CsvLine.Split).ToArray();
        for (int r = 0; r < cells.Length; r++)
            if (cells[r].Count != header.Count)
                throw new InvalidDataException($"'{path}' line {r + 2} has {cells[r].Count} fields but the header has {header.Count}.");
        var columns = new List<DataFrameColumn>();
        for (int c = 0; c < header.Count; c++)
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
    /// The number of decimals each row of <paramref name="column"/> is written with ("0.0330" → 4, "0.155" → 3,
    /// "12" → 0), for tolerances of half a unit of the last printed digit: the file keeps a paper's numbers as printed,
    /// trailing zeros included, which the parsed doubles lose. Throws on an empty cell.
    /// </summary>
    public static int[] Decimals(string path, string column) =>
        PrintedDecimals(path, column).Select((d, r) => d ?? throw new InvalidDataException(
            $"'{path}' line {r + 2}: the '{column}' cell is empty, so it has no printed precision.")).ToArray();

    /// <summary>As <see cref="Decimals"/>, with null for an empty cell (a value the paper does not print).</summary>
    public static int?[] PrintedDecimals(string path, string column)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        int c = CsvLine.Split(lines[0]).ToList().IndexOf(column);
        if (c < 0) throw new ArgumentException($"'{path}' has no column '{column}'.", nameof(column));
        return lines.Skip(1).Select(line =>
        {
            string cell = CsvLine.Split(line)[c];
            if (cell.Length == 0) return (int?)null;
            int point = cell.IndexOf('.');
            return point < 0 ? 0 : cell.Length - point - 1;
        }).ToArray();
    }

    /// <summary>
    /// A DataFrame as CSV text: header, then every value in the invariant culture, doubles in round-trip format (full
    /// precision: rounding would move a refit off the printed digits), nulls as empty cells, "\n" line ends; a field
    /// holding a comma, a quote or a line break is quoted as RFC 4180 says (quotes doubled).
    /// </summary>
    public static string ToCsv(DataFrame frame)
    {
        var text = new System.Text.StringBuilder().Append(string.Join(',', frame.Columns.Select(c => Field(c.Name)))).Append('\n');
        for (long r = 0; r < frame.Rows.Count; r++)
            text.Append(string.Join(',', frame.Columns.Select(c => c[r] switch
            {
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                null => "",
                var v => Field(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""),
            }))).Append('\n');
        return text.ToString();
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;

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
        throw new DirectoryNotFoundException($"No SmeNotebooks 'data' folder above '{start ?? Directory.GetCurrentDirectory()}'.");
    }
}
