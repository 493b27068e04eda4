using SmeNotebooks.Data;

namespace SmeNotebooks.Tests.Coverage;

/// <summary>
/// A file of <c>data/</c> that holds numbers a paper prints: its study's data folder, which table it is, the columns whose cells name a row,
/// the columns that hold printed numbers, and which rows hold printed numbers (all, unless <see cref="Keep"/> says).
/// Every number of a table the paper reproduces from another source (its source line: <see cref="QuotedFrom"/>) is cited;
/// a stated-facts file's number is cited when its <c>cited_source</c> names another source than the paper itself; its <c>high</c> cell is a printed number only where it differs from <c>low</c> (a range).
/// </summary>
public sealed record PrintedFile(string Folder, string File, string Table, string[] RowColumns, string[] NumberColumns, Func<string, bool>? Keep = null, string? QuotedFrom = null)
{
    /// <summary>The printed numbers of this file under <paramref name="dataFolder"/>, in file order.</summary>
    public IEnumerable<PrintedNumber> Numbers(string dataFolder)
    {
        string path = Path.Combine(dataFolder, Folder, File);
        var keys = RowColumns.Select(c => CsvData.Texts(path, c)).ToArray();
        bool facts = File == "stated-facts.csv";
        string[]? cited = facts ? CsvData.Texts(path, "cited_source") : null;
        var columns = NumberColumns.Select(c => (Name: c, Cells: CsvData.Texts(path, c))).ToArray();
        for (int r = 0; r < keys[0].Length; r++)
        {
            string row = string.Join(" · ", keys.Select(k => k[r]));
            if (Keep is not null && !Keep(row)) continue;
            foreach (var (name, cells) in columns)
            {
                if (cells[r].Length == 0) continue;
                if (facts && name == "high" && cells[r] == columns[0].Cells[r]) continue;
                yield return new PrintedNumber(Folder, Table, File, row, name, cells[r], QuotedFrom ?? (cited is not null && cited[r].Length > 0 && cited[r] is not ("the paper" or "the chapter") ? cited[r] : null));
            }
        }
    }
}
