using SmeNotebooks.Runner.Dib;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

public class DibDocumentTests
{
    public static TheoryData<string> AllNotebooks()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Fixtures.RepositoryRoot, "notebooks"), "*.dib")
                     .Concat(Directory.GetFiles(Fixtures.Folder("Notebooks"), "*.dib", SearchOption.AllDirectories))
                     .Where(f => !f.EndsWith("malformed.dib")))
            data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Parse_then_write_is_an_identical_round_trip(string path)
    {
        string text = File.ReadAllText(path);
        Assert.Equal(text, DibDocument.Parse(text).Write());
    }

    [Fact]
    public void Magic_commands_stay_inside_their_cell()
    {
        var document = DibDocument.Parse("#!csharp\n\n#!time\nvar x = 1;\n\n#!markdown\n\n# Title\n");
        Assert.Equal(2, document.Cells.Count);
        Assert.Contains("#!time", document.Cells[0].Body);
        Assert.Equal(CellLanguage.Markdown, document.Cells[1].Language);
    }

    [Fact]
    public void Invalid_meta_json_is_malformed()
    {
        var ex = Assert.Throws<DibFormatException>(() => DibDocument.Parse("#!meta\n\n{not json\n\n#!csharp\n\n1\n", "x.dib"));
        Assert.Contains("#!meta cell is not valid JSON", ex.Message);
    }
}
