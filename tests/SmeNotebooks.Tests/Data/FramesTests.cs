using Microsoft.Data.Analysis;
using SmeNotebooks.Data;

namespace SmeNotebooks.Tests.Data;

/// <summary>The small DataFrame operations notebooks use instead of hand-built masks.</summary>
public class FramesTests
{
    private static readonly DataFrame Table = new(
        new StringDataFrameColumn("area", ["Tijuana", "Juárez", "Total", "Tijuana"]),
        new StringDataFrameColumn("activity", ["Services", "Services", "Services", "Total"]),
        new DoubleDataFrameColumn("firms", [30.0, 25, 55, 35]));

    [Fact]
    public void Except_drops_every_row_matching_any_key_and_keeps_the_rest_in_order()
    {
        var kept = Frames.Except(Table, ("area", "Total"), ("activity", "Total"));
        Assert.Equal([30.0, 25.0], kept["firms"].Cast<double?>().Select(v => v!.Value));
    }

    [Fact]
    public void Except_names_a_missing_column()
    {
        var error = Assert.Throws<ArgumentException>(() => Frames.Except(Table, ("region", "Total")));
        Assert.Contains("no column 'region'", error.Message);
    }
}
