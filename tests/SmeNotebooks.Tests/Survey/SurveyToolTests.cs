using SmeNotebooks.Survey;
using SmeNotebooks.Studies.Sonora;

namespace SmeNotebooks.Tests.Survey;

public class SurveyToolTests
{
    [Fact]
    public void Min_max_sends_the_minimum_to_exactly_zero()
    {
        var scaled = Scaling.MinMax([3.0, 5, 7, 11]);
        Assert.Equal([0.0, 0.25, 0.5, 1.0], scaled);
        Assert.Throws<ArgumentException>(() => Scaling.MinMax([2.0, 2, 2]));
    }

    [Fact]
    public void Z_scores_use_the_sample_standard_deviation()
    {
        var z = Scaling.ZScores([1.0, 2, 3]);
        Assert.Equal([-1.0, 0, 1], z);
    }

    [Fact]
    public void Composite_index_is_rescaled_to_the_unit_interval()
    {
        var index = Scaling.CompositeIndex([1.0, 2, 3, 4], [10.0, 30, 20, 40]);
        Assert.Equal(0.0, index.Min());
        Assert.Equal(1.0, index.Max());
        Assert.Equal(0.0, index[0]);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.33, 0)]
    [InlineData(0.334, 0)]
    [InlineData(0.34, 1)]
    [InlineData(0.66, 1)]
    [InlineData(0.67, 2)]
    [InlineData(1.0, 2)]
    public void Sonora_capinno_cut_points_follow_the_printed_ranges(double score, int level)
    {
        // Sonora paper, §4: 0-0.33 low, 0.34-0.66 intermediate, 0.67-1.00 high.
        Assert.Equal(level, Capinno.Levels.Code(score));
    }

    [Theory]
    [InlineData(30, Sector.Industry, SizeClass.Micro)]
    [InlineData(31, Sector.Industry, SizeClass.Small)]
    [InlineData(250, Sector.Industry, SizeClass.Medium)]
    [InlineData(20, Sector.Services, SizeClass.Micro)]
    [InlineData(21, Sector.Services, SizeClass.Small)]
    [InlineData(51, Sector.Services, SizeClass.Medium)]
    public void INEGI_size_classes_follow_Table1(int employees, Sector sector, SizeClass expected)
    {
        // Sonora paper, Table 1 (INEGI 2009 Economic Census).
        Assert.Equal(expected, InegiSize.Classify(employees, sector));
    }

    [Fact]
    public void A_firm_above_the_medium_class_is_refused_with_the_reason()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => InegiSize.Classify(101, Sector.Services));
        Assert.Contains("large firm", ex.Message);
    }

    [Fact]
    public void InegiSize_ranges_are_the_Sonora_papers_Table1()
    {
        // Sonora paper, Table 1 (data/sonora/table1-inegi-size-classes.csv): the classifier and the table are one source.
        var table1 = SmeNotebooks.Data.CsvData.Load(Path.Combine(SmeNotebooks.Tests.Support.Fixtures.DataFolder, "sonora", "table1-inegi-size-classes.csv"));
        Assert.Equal(6, table1.Rows.Count);
        for (int r = 0; r < table1.Rows.Count; r++)
        {
            var sector = SmeNotebooks.Data.Lookup.Text(table1, "sector", r) == "industry" ? Sector.Industry : Sector.Services;
            var size = (SizeClass)(int)SmeNotebooks.Data.Lookup.Number(table1, "code", r);
            Assert.Equal(SmeNotebooks.Data.Lookup.Text(table1, "size_class", r), size.ToString().ToLowerInvariant());
            Assert.Equal(((int)SmeNotebooks.Data.Lookup.Number(table1, "min_employees", r), (int)SmeNotebooks.Data.Lookup.Number(table1, "max_employees", r)), InegiSize.Range(size, sector));
        }
    }
}
