using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Tests.Engine;

/// <summary>Where the kernel's interrupt can stop a cell: every body that can run for long opens with a check.</summary>
public class InterruptionPointsTests
{
    private const string Check = "global::SmeNotebooks.Interruption.Check();";
    private const string Enter = "global::SmeNotebooks.Interruption.Enter();";

    [Theory]
    [InlineData("while (true) { n++; }", Check)]
    [InlineData("for (;;) n++;", Check)]
    [InlineData("do { n++; } while (true);", Check)]
    [InlineData("foreach (var x in xs) { n++; }", Check)]
    [InlineData("Action a = () => { n++; };", Check)]
    [InlineData("Action<int> a = i => { n++; };", Check)]
    [InlineData("Action a = delegate { n++; };", Check)]
    [InlineData("void Spin() { n++; }", Enter)]
    [InlineData("int Local() { return 1; } Local();", Enter)]
    [InlineData("class Busy { public Busy() { n++; } }", Enter)]
    [InlineData("class Busy { int P { get { return 1; } } }", Enter)]
    [InlineData("int F(int n) => F(n + 1) + 1;", Enter)]
    [InlineData("class C { int Twice(int x) => 2 * x; }", Enter)]
    public void Every_loop_and_body_opens_with_a_check_on_its_own_line(string cell, string call)
    {
        string rewritten = InterruptionPoints.Insert(cell);
        Assert.Contains(call, rewritten);
        Assert.DoesNotContain('\n', rewritten);   // same lines, so errors and stack traces keep the cell's line numbers
    }

    [Theory]
    [InlineData("int F(int n) => n + 1;", "int F(int n) { " + Enter + " return n + 1; }")]
    [InlineData("void G() => Console.WriteLine();", "void G() { " + Enter + " Console.WriteLine(); }")]
    [InlineData("async Task H() => await Task.Yield();", "async Task H() { " + Enter + " await Task.Yield(); }")]
    [InlineData("async Task<int> K() => await Task.FromResult(1);", "async Task<int> K() { " + Enter + " return await Task.FromResult(1); }")]
    public void An_expression_body_becomes_a_block_that_enters_then_returns_its_value_or_runs_it(string cell, string expected) =>
        Assert.Equal(expected, InterruptionPoints.Insert(cell));

    [Theory]
    [InlineData("Math.Max((1 + 2) * 3, f([1, 2]))", 3)]
    [InlineData("var s = \"((((((\"; // ((((((\n/* [[[[ */ int x = (1);", 1)]
    [InlineData("char c = '('; var t = $\"{(c)}\";", 2)]
    [InlineData(")))(", 1)]
    public void Nesting_depth_counts_brackets_outside_literals_and_comments(string code, int depth) =>
        Assert.Equal(depth, NestingDepth.Of(code));

    [Fact]
    public void A_cell_nested_deeper_than_the_compiler_survives_is_refused_with_its_depth()
    {
        var session = new NotebookSession(Path.GetTempPath(), new OutputSink(new OutputFormatter()));
        var failure = session.Execute(new string('(', 100_000) + "1" + new string(')', 100_000), 1);
        Assert.Contains("100000 levels", failure?.Message);
        Assert.Null(session.Execute(new string('(', 50) + "1" + new string(')', 50), 2));
    }

    [Fact]
    public void Unbounded_recursion_is_a_reported_exception_at_its_line_not_a_stack_overflow()
    {
        var session = new NotebookSession(Path.GetTempPath(), new OutputSink(new OutputFormatter()));
        var failure = session.Execute("int F(int n) => F(n + 1) + 1;\nF(0)", 1);
        Assert.IsType<InsufficientExecutionStackException>(failure);
        Assert.Equal(1, CellFailure.Of(failure!, 1).Line);
        Assert.Null(session.Execute("void G() => Console.Write(\"\");\nasync Task H() => await Task.Yield();\nG(); await H();", 2));
    }

    [Theory]
    [InlineData("int n = 1 + 1;")]
    [InlineData("Func<int, int> f = i => i + 1;")]
    public void Straight_line_code_and_expression_lambdas_are_left_as_written(string cell) =>
        Assert.Equal(cell, InterruptionPoints.Insert(cell));
}
