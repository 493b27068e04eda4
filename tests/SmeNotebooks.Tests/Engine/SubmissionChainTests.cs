using Microsoft.CodeAnalysis.Scripting;
using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Tests.Engine;

/// <summary>The engine's own chain of script submissions.</summary>
public class SubmissionChainTests
{
    private static readonly ScriptOptions Options = NotebookSession.BaseOptions();

    private static object? Run(SubmissionChain chain, string code) => chain.Run(chain.Compile(code, Options));

    [Fact]
    public void Later_cells_are_given_no_reference_again_yet_see_every_one_through_the_chain()
    {
        var chain = new SubmissionChain(new NotebookGlobals(new OutputSink(new OutputFormatter())));
        Run(chain, "var firms = new List<int> { 116, 127 };");
        var second = chain.Compile("firms.Sum()", Options);
        // Given nothing: a compilation that got every reference again would carry all those of the cells before it.
        Assert.Empty(second.Compilation.ExternalReferences);
        Assert.Contains(second.Compilation.ReferencedAssemblyNames, a => a.Name == "System.Linq");
        Assert.Equal(243, chain.Run(second));
    }

    /// <summary>
    /// Every cell of a session resolves missing dependencies through the same resolver, so each is resolved once: Roslyn's
    /// ScriptMetadataResolver is not equal to itself, and a cache by equality made a new resolver for every cell.
    /// </summary>
    [Fact]
    public void Every_cell_of_a_session_resolves_missing_dependencies_through_one_resolver()
    {
        var chain = new SubmissionChain(new NotebookGlobals(new OutputSink(new OutputFormatter())));
        var first = chain.Compile("var a = 1;", Options);
        chain.Run(first);
        var second = chain.Compile("var b = 2;", Options);
        Assert.Same(first.Compilation.Options.MetadataReferenceResolver, second.Compilation.Options.MetadataReferenceResolver);
    }

    [Fact]
    public void A_cell_that_throws_is_not_continued_and_one_with_only_usings_is()
    {
        var chain = new SubmissionChain(new NotebookGlobals(new OutputSink(new OutputFormatter())));
        Run(chain, "int kept = 1;");
        Assert.Throws<InvalidOperationException>(() => Run(chain, "int lost = 2; throw new InvalidOperationException();"));
        var failure = Assert.Throws<CompilationErrorException>(() => chain.Compile("lost", Options));
        Assert.Contains(failure.Diagnostics, d => d.Id == "CS0103");
        Assert.Null(Run(chain, "using System.Text.Json;"));
        Assert.Equal("[1]", Run(chain, "JsonSerializer.Serialize(new[] { kept })"));
    }
}
