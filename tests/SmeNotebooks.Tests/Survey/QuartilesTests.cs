using SmeNotebooks.Survey;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Survey;

public class QuartilesTests
{
    [Fact]
    public void Quartiles_are_Rs_type_8()
    {
        // R 4: quantile(c(3.1, 0.4, 2.2, 5.0, 1.7, 4.4, 0.9), c(.25, .5, .75), type = 8) = 1.0333333, 2.2, 4.1833333.
        // Type 7 (R's default) gives 1.3, 2.2, 3.75, so a change of definition fails here.
        var q = Quartiles.Of([3.1, 0.4, 2.2, 5.0, 1.7, 4.4, 0.9]);
        Fixtures.Near(1.0333333333333337, q.First, 1e-12, "first quartile");
        Fixtures.Near(2.2, q.Median, 1e-12, "median");
        Fixtures.Near(4.1833333333333336, q.Third, 1e-12, "third quartile");
        Assert.Equal([q.First, q.Median, q.Third], q.ToArray());
    }
}
