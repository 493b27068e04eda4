using SmeNotebooks.Data;
using SmeNotebooks.Studies.ValueChains;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Studies.ValueChains;

/// <summary>
/// Double data entry, as survey offices do it: the value-chain chapter's Fig. 1 and Table 1 were keyed twice — the
/// raw files, and data/gvc-latam/second-entry.txt in the printed layout — and the two must agree cell by cell, so a
/// slip in either (Japan's 51% keyed 15%, Colombia's 71.1 keyed 17.1) fails here, whatever the cleaned files say.
/// </summary>
public class SecondEntryTests
{
    private static readonly string Folder = ValueChainsStudy.About.DataFolder(Fixtures.DataFolder);

    /// <summary>The second entry's lines of one section ("[Fig. 1]"), each split into its cells.</summary>
    private static List<string[]> Section(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "second-entry.txt")).Where(l => !l.StartsWith('#')).ToList();
        return [.. lines.SkipWhile(l => l != name).Skip(1).TakeWhile(l => !l.StartsWith('[')).Where(l => l.Length > 0).Select(l => l.Split(" | ").Select(c => c.Trim()).ToArray())];
    }

    [Fact]
    public void Fig1_keyed_twice_agrees_cell_by_cell()
    {
        var raw = GvcData.Load(Fixtures.DataFolder, "fig1-raw.csv");
        var second = Section("[Fig. 1]");
        Assert.Equal((int)raw.Rows.Count, second.Count);
        for (int r = 0; r < second.Count; r++)
            Assert.Equal(string.Join(" | ", second[r]), string.Join(" | ", Lookup.Text(raw, "region_raw", r), Lookup.Text(raw, "first_column_raw", r), Lookup.Text(raw, "second_column_raw", r)));
    }

    [Fact]
    public void Table1_keyed_twice_agrees_cell_by_cell()
    {
        var raw = GvcData.Load(Fixtures.DataFolder, "table1-raw.csv");
        var second = Section("[Table 1]");
        string[] countries = second[0][1..];
        Assert.Equal(raw.Columns.Select(c => c.Name).Skip(1), countries);
        Assert.Equal((int)raw.Rows.Count, second.Count - 1);
        for (int r = 0; r < raw.Rows.Count; r++)
            Assert.Equal(string.Join(" | ", second[r + 1]), string.Join(" | ", [Lookup.Text(raw, "indicator", r), .. countries.Select(c => Lookup.Text(raw, c, r))]));
    }
}
