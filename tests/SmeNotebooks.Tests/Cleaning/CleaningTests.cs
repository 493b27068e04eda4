using Microsoft.Data.Analysis;
using SmeNotebooks.Cleaning;
using SmeNotebooks.Data;
using SmeNotebooks.Studies.ValueChains;

namespace SmeNotebooks.Tests.Cleaning;

/// <summary>The small data-cleaning and lookup tools, on made-up input, including the errors they give.</summary>
public class CleaningTests
{
    [Fact]
    public void Shapes_replace_digits_by_nines()
    {
        Assert.Equal("9.9%", NumberShape.Of("4.5%"));
        Assert.Equal("99%", NumberShape.Of(" 45% "));
        Assert.Equal([(2, "45%", "99%")], NumberShape.Unusual(["1.2%", "3.4%", "45%", "5.6%"]));
        Assert.Throws<ArgumentException>(() => NumberShape.Unusual([]));
    }

    [Fact]
    public void Export_concentration_needs_shares_strictly_inside_0_100()
    {
        Assert.Equal(1.0, ExportConcentration.LargeToSmeExportsPerFirm(40, 40), 12);
        // 65% of output with 80% of the workers (McDermott and Pietrobelli 2017, p. 312): (0.65/0.80)/(0.35/0.20) = 0.8125/1.75.
        Assert.Equal(0.8125 / 1.75, ExportConcentration.RelativeOutputPerUnit(65, 80), 12);
        Assert.Equal(1 / ExportConcentration.RelativeOutputPerUnit(3.3, 88), ExportConcentration.LargeToSmeExportsPerFirm(88, 3.3), 12);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ExportConcentration.LargeToSmeExportsPerFirm(100, 5));
        Assert.Contains("smeShareOfExportersPercent must lie strictly between 0% and 100%", error.Message);   // names the share at fault
    }

    [Fact]
    public void Upstream_above_participation_is_refused() =>
        Assert.Contains("cannot exceed", Assert.Throws<ArgumentException>(() => ParticipationRate.Downstream(30, 31)).Message);

    [Fact]
    public void Row_lookup_names_the_missing_key_and_column()
    {
        var table = new DataFrame(new StringDataFrameColumn("term", ["Constant", "X1"]), new DoubleDataFrameColumn("B", [1.5, null]));
        Assert.Equal(1.5, Lookup.Number(table, "B", ("term", "Constant")));
        Assert.Contains("term = 'X9'", Assert.Throws<KeyNotFoundException>(() => Lookup.Single(table, ("term", "X9"))).Message);
        Assert.Contains("has no column 'coef'", Assert.Throws<ArgumentException>(() => Lookup.Where(table, ("coef", "X1"))).Message);
        Assert.Contains("empty", Assert.Throws<InvalidDataException>(() => Lookup.Number(table, "B", ("term", "X1"))).Message);
        Assert.Null(Lookup.OptionalNumber(table, "B", 1));
    }

    [Fact]
    public void Csv_fields_with_commas_and_quotes_round_trip()
    {
        var table = new DataFrame(new StringDataFrameColumn("markets", ["LA,EU", "say \"hi\""]), new DoubleDataFrameColumn("x", [0.1, 2]));
        string path = Path.GetTempFileName();
        File.WriteAllText(path, CsvData.ToCsv(table));
        var back = CsvData.Load(path);
        Assert.Equal("LA,EU", back["markets"][0]);
        Assert.Equal("say \"hi\"", back["markets"][1]);
        Assert.Equal(0.1, back["x"][0]);
        File.Delete(path);
    }

    [Fact]
    public void A_corrections_log_with_an_unknown_status_is_refused()
    {
        string path = Path.GetTempFileName();
        File.WriteAllText(path, "source,row,column,raw,corrected,status,reason\nfig1,Global,x,1,2,guessed,because\n");
        Assert.Contains("guessed", Assert.Throws<InvalidDataException>(() => CorrectionLog.Load(path)).Message);
        File.Delete(path);
    }

    [Fact]
    public void A_cross_tab_refuses_an_unexpected_category()
    {
        var table = new DataFrame(new StringDataFrameColumn("firm", ["A", "B"]), new StringDataFrameColumn("quadrant_en", ["Strengths", "Fears"]));
        Assert.Contains("Fears", Assert.Throws<InvalidDataException>(() => SmeNotebooks.Studies.Jalisco.Swot.Count(table)).Message);
    }
}
