using Microsoft.Data.Analysis;
using SmeNotebooks.Survey;

namespace SmeNotebooks.Tests.Survey;

public class AnswerSharesTests
{
    private static DataFrame Table() => new(
        new StringDataFrameColumn("partner", ["Suppliers", "Suppliers", "Suppliers", "Customers"]),
        new StringDataFrameColumn("frequency", ["Very frequently", "Frequently", "Not so frequently", "Frequently"]),
        new DoubleDataFrameColumn("percent", [10.5, 20.25, 69.25, 40]));

    [Fact]
    public void Sums_the_percentages_of_the_chosen_answers_for_one_subject()
    {
        Assert.Equal(30.75, AnswerShares.Sum(Table(), "partner", "Suppliers", ["Frequently", "Very frequently"]), 12);
        Assert.Equal(40, AnswerShares.Sum(Table(), "partner", "Customers", ["Frequently", "Very frequently"]), 12);
    }

    [Fact]
    public void An_unknown_subject_or_column_is_refused_by_name()
    {
        Assert.Contains("partner = 'Banks'", Assert.Throws<ArgumentException>(() => AnswerShares.Sum(Table(), "partner", "Banks", ["Frequently"])).Message);
        Assert.Contains("no column 'actor'", Assert.Throws<ArgumentException>(() => AnswerShares.Sum(Table(), "actor", "Suppliers", ["Frequently"])).Message);
    }
}
