using SmeNotebooks.Reconstruction;

namespace SmeNotebooks.Tests.Reconstruction;

public class PlausibilityTests
{
    [Fact]
    public void Counts_empty_cells_and_the_largest_cell()
    {
        var p = Plausibility.Of([0, 3, 25, 0, 1]);
        Assert.Equal(new Plausibility(2, 25), p);
        Assert.Equal("2 empty cells, largest cell 25 cases", p.ToString());
    }

    [Fact]
    public void Fewer_empty_cells_come_first_then_the_smaller_largest_cell()
    {
        Plausibility[] ordered = [new(3, 20), new(1, 27), new(1, 25), new(0, 29)];
        Assert.Equal([new(0, 29), new(1, 25), new(1, 27), new(3, 20)], ordered.OrderBy(p => p).ToArray());
    }
}
