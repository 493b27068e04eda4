using Microsoft.Data.Analysis;
using SmeNotebooks.Studies.KnowledgeIntensive;

namespace SmeNotebooks.Tests.Studies.KnowledgeIntensive;

public class KnowledgeIntensiveDataTests
{
    [Fact]
    public void Item_values_come_one_vector_an_item_in_item_order_with_the_firms_in_file_order()
    {
        // Long form as items-synthetic.csv: firm, index, item, value; rows deliberately out of item order.
        var items = new DataFrame(
            new PrimitiveDataFrameColumn<int>("firm", [1, 1, 2, 2, 1, 2]),
            new StringDataFrameColumn("index", ["x4", "x4", "x4", "x4", "x1", "x1"]),
            new PrimitiveDataFrameColumn<int>("item", [2, 1, 2, 1, 1, 1]),
            new DoubleDataFrameColumn("value", [20.0, 10.0, 21.0, 11.0, 5.0, 6.0]));
        var x4 = KnowledgeIntensiveData.ItemValues(items, "x4");
        Assert.Equal([[20.0, 21.0], [10.0, 11.0]], x4);
        Assert.Equal([[5.0, 6.0]], KnowledgeIntensiveData.ItemValues(items, "x1"));
        var error = Assert.Throws<ArgumentException>(() => KnowledgeIntensiveData.ItemValues(items, "x9"));
        Assert.Contains("index = 'x9'", error.Message);
    }

    [Fact]
    public void The_log_model_keeps_the_firms_with_every_variable_positive()
    {
        var firms = new DataFrame(
            new DoubleDataFrameColumn("y", [1.0, 0.5, 2.0]), new DoubleDataFrameColumn("x1", [1.0, 1.0, 1.0]),
            new DoubleDataFrameColumn("x2", [1.0, 0.0, 1.0]), new DoubleDataFrameColumn("x3", [1.0, 1.0, 1.0]),
            new DoubleDataFrameColumn("x4", [0.2, 1.0, 1.0]));
        Assert.Equal([0, 2], KnowledgeIntensiveData.LogModelRows(firms));
    }
}
