using SmeNotebooks.Display;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Display;

public class TableFromTests
{
    private static readonly (string Area, int Firms)[] Areas = [("Services", 12), ("Manufacturing", 7)];

    [Fact]
    public void A_table_from_items_has_one_row_an_item_in_their_order_with_the_positions_given_from_zero()
    {
        var table = Table.From("Firms by area", ["area", "firms"], Areas, a => [a.Area, a.Firms.ToString()], "Synthetic.");
        Assert.Equal([["Services", "12"], ["Manufacturing", "7"]], table.Rows);
        Assert.Equal("Synthetic.", table.Footnote);
        var numbered = Table.From("Firms by area", ["#", "area"], Areas, (a, i) => [i.ToString(), a.Area]);
        Assert.Equal([["0", "Services"], ["1", "Manufacturing"]], numbered.Rows);
    }

    [Fact]
    public void A_row_of_the_wrong_length_is_refused_naming_the_row_the_table_and_its_columns_in_the_readers_language()
    {
        var error = Assert.Throws<ArgumentException>(() => Table.From("Firms by area", ["area", "firms"], Areas, a => a.Firms > 10 ? [a.Area, "x"] : [a.Area]));
        Assert.StartsWith("Row 2 of the table \"Firms by area\" does not match its columns: cells 1, columns 2 ('area', 'firms').", error.Message);
        var spanish = TestCulture.InLanguage("es", () => Assert.Throws<ArgumentException>(() => Table.From("Empresas", ["área"], Areas, a => [a.Area, "x"])));
        Assert.StartsWith("El renglón 1 del cuadro «Empresas» no corresponde a sus columnas: celdas 2, columnas 1 ('área').", spanish.Message);
    }
}
