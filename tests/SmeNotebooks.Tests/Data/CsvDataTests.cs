using Microsoft.Data.Analysis;
using SmeNotebooks.Data;

namespace SmeNotebooks.Tests.Data;

/// <summary>CSV as RFC 4180 says: what <see cref="CsvData.ToCsv"/> writes, <see cref="CsvData.Load"/> reads back exactly.</summary>
public class CsvDataTests
{
    private static string Write(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"csv-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Quotes_commas_line_breaks_nulls_and_full_precision_doubles_round_trip()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("quote", ["Tabla 2: \"Fortalezas\", Debilidades", "first line\nsecond line, with a comma", null]),
            new DoubleDataFrameColumn("value", [0.1 + 0.2, null, -1.0 / 3]));
        string path = Write(CsvData.ToCsv(frame));
        try
        {
            var back = CsvData.Load(path);
            Assert.Equal(3, back.Rows.Count);
            for (int r = 0; r < 3; r++)
            {
                Assert.Equal(frame["quote"][r], back["quote"][r]);
                Assert.Equal(frame["value"][r], back["value"][r]);   // bit for bit: 0.30000000000000004 stays what it is
            }
            Assert.Equal(CsvData.ToCsv(frame), CsvData.ToCsv(back));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Printed_decimals_count_trailing_zeros_and_leave_empty_cells_unknown()
    {
        string path = Write("term,Sig\nX1,0.0330\nX2,12\nX3,\n");
        try
        {
            Assert.Equal([4, 0, null], CsvData.PrintedDecimals(path, "Sig"));
            Assert.Contains("line 4: the 'Sig' cell is empty", Assert.Throws<InvalidDataException>(() => CsvData.Decimals(path, "Sig")).Message);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("a,b,c\n1,2\n", "line 2 has 2 fields but the header has 3")]
    [InlineData("a,b\n1,2\n3,4,5\n", "line 3 has 3 fields but the header has 2")]
    [InlineData("a,b\n\"1,2\n", "line 2 is not valid CSV")]
    [InlineData("", "is empty: a header row is required")]
    public void A_malformed_file_is_refused_with_its_line(string text, string expected)
    {
        string path = Write(text);
        try { Assert.Contains(expected, Assert.Throws<InvalidDataException>(() => CsvData.Load(path)).Message); }
        finally { File.Delete(path); }
    }
}
