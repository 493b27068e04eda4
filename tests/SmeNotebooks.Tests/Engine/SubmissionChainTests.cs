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
    public void Later_cells_are_given_no_reference_or_import_again_yet_see_every_one_through_the_chain()
    {
        var chain = new SubmissionChain(new NotebookGlobals(new OutputSink(new OutputFormatter())));
        Run(chain, "var firms = new List<int> { 116, 127 };");
        var second = chain.Compile("firms.Sum()", Options);
        // Given nothing: a compilation that got every reference again would carry all those of the cells before it,
        // and one given the imports again binds its own copy of them. Sum is System.Linq's, imported by the first cell.
        Assert.Empty(second.Compilation.ExternalReferences);
        Assert.Empty(second.Compilation.Options.Usings);
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
    public void A_first_cell_that_does_not_compile_leaves_the_imports_to_the_next()
    {
        var chain = new SubmissionChain(new NotebookGlobals(new OutputSink(new OutputFormatter())));
        Assert.Throws<CompilationErrorException>(() => chain.Compile("int firms = \"116\";", Options));
        Assert.Equal(116, Run(chain, "new List<int> { 58, 58 }.Sum()"));
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

    /// <summary>
    /// Cells every one of whose variables a later cell declares again leave a compacted chain; what stays keeps its
    /// values, the slots of the shorter chain are those the next cells read (a wrong slot reads another cell's object),
    /// and a cell with a method, a type or a using directive stays.
    /// </summary>
    [Fact]
    public void A_compacted_chain_leaves_out_cells_no_name_reaches_and_keeps_every_value()
    {
        var chain = new SubmissionChain(new NotebookGlobals(new OutputSink(new OutputFormatter())));
        string[] cells = ["var a = 1;", "var b = 2;", "// a note, no code", "var a = 3;", "int Twice(int x) => 2 * x;", "var b = 4; var c = 5;",
            "using System.Text.Json;", "record Firm(string Size);", "var c = 6;", "var a = 7;"];
        foreach (var cell in cells) Run(chain, cell);
        chain.Compact();
        // Left out: "var a = 3;" (a again in the last cell), "var b = 2;" (b in the sixth), the note. The first cell
        // stays: it brings the session's references and imports.
        Assert.Equal(cells.Length - 3, chain.Length);
        Assert.Equal("7 4 6 14 [\"small\"]", Run(chain, "$\"{a} {b} {c} {Twice(a)} {JsonSerializer.Serialize(new[] { new Firm(\"small\").Size })}\""));
        Run(chain, "var a = 8;");
        chain.Compact();
        Assert.Equal(84, Run(chain, "a * 10 + b"));
    }

    /// <summary>
    /// A name a cell calls is looked for past a variable of that name that cannot be called (Roslyn's lookup in the
    /// chain): a delegate variable hidden by such a variable stays, and the compacted chain answers as the whole one.
    /// </summary>
    [Fact]
    public void A_compacted_chain_answers_every_cell_as_the_whole_chain_does()
    {
        string[] cells = ["Func<int> f = () => 1;", "var f = 2;", "var g = 3;", "Func<int> g = () => 4;", "var g = 5;",
            "var h = new List<int> { 6 };", "var h = 7;", "dynamic d = 8;", "var d = 9;"];
        string[] questions = ["f()", "f", "g()", "g", "h", "d"];
        var whole = new SubmissionChain(new NotebookGlobals(new OutputSink(new OutputFormatter())));
        var compacted = new SubmissionChain(new NotebookGlobals(new OutputSink(new OutputFormatter())));
        foreach (var cell in cells)
        {
            Run(whole, cell);
            Run(compacted, cell);
            compacted.Compact();
        }
        Assert.True(compacted.Length < cells.Length, $"nothing left out: {compacted.Length} cells");
        foreach (var question in questions) Assert.Equal(Answer(whole, question), Answer(compacted, question));
        Assert.Equal("1", Answer(whole, "f()"));   // the hidden delegate, called through the name
    }

    private static string Answer(SubmissionChain chain, string question)
    {
        try
        {
            return Run(chain, question)?.ToString() ?? "null";
        }
        catch (CompilationErrorException error)
        {
            return error.Diagnostics[0].Id;
        }
    }

    [Fact]
    public void A_long_session_is_compacted_as_it_runs()
    {
        var chain = new SubmissionChain(new NotebookGlobals(new OutputSink(new OutputFormatter())));
        for (int i = 0; i < 300; i++) Run(chain, $"var x{i % 10} = {i};");
        // Ten names: at most the fewest a chain holds before compaction (64) — without it, all 300 cells.
        Assert.InRange(chain.Length, 10, 64);
        Assert.Equal(299 + 290, Run(chain, "x9 + x0"));
    }

    [Fact]
    public void A_cell_left_out_of_the_chain_is_let_go()
    {
        var chain = new SubmissionChain(new NotebookGlobals(new OutputSink(new OutputFormatter())));
        Run(chain, "var a = 1;");
        var leftOut = RunWatched(chain, "var b = new double[100_000];");
        var value = ValueWatched(chain, "b");
        Run(chain, "var b = 3;");
        chain.Compact();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        // Its compilation held by nothing (no code of it can run again, so no debug information either): the memory
        // compaction is for; and the value no name reaches any more is let go too.
        Assert.False(leftOut.IsAlive);
        Assert.False(value.IsAlive);
        Assert.Equal(3, Run(chain, "b"));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference ValueWatched(SubmissionChain chain, string expression) => new(Run(chain, expression));

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference RunWatched(SubmissionChain chain, string code)
    {
        var submission = chain.Compile(code, Options);
        chain.Run(submission);
        return new WeakReference(submission.Compilation);
    }

    /// <summary>
    /// Sessions compiled side by side (the runner's and the tests' case; the kernel's completion beside a cell) keep
    /// each cell's types: with references bound at the same moment, a later cell could get other symbols for the
    /// framework than the earlier cell's variable has (<see cref="ReferenceBinding"/>).
    /// </summary>
    [Fact]
    public void Sessions_compiled_side_by_side_keep_each_cells_types()
    {
        var sums = new int[16];
        Parallel.For(0, sums.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var chain = new SubmissionChain(new NotebookGlobals(new OutputSink(new OutputFormatter())));
            Run(chain, $"var firms = new List<int> {{ 116, {i} }};");
            sums[i] = (int)Run(chain, "firms.Sum()")!;
        });
        Assert.Equal(Enumerable.Range(116, sums.Length), sums);
    }
}
