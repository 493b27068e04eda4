using System.Text.RegularExpressions;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Runner;

/// <summary>
/// The front door in both languages: README.md and README.es.md link each other and give the same commands, in the
/// same order, so a command changed in one and not the other fails here.
/// </summary>
public partial class ReadmeTests
{
    private static string Read(string name) => File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, name));

    private static string[] Commands(string readme) => [.. Fence().Matches(readme).Select(m => m.Groups[1].Value.Trim())];

    [Fact]
    public void The_English_and_Spanish_readmes_give_the_same_commands_and_link_each_other()
    {
        string english = Read("README.md"), spanish = Read("README.es.md");
        Assert.NotEmpty(Commands(english));
        Assert.Equal(Commands(english), Commands(spanish));
        Assert.Contains("(README.es.md)", english);
        Assert.Contains("(README.md)", spanish);
    }

    [GeneratedRegex("```\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
