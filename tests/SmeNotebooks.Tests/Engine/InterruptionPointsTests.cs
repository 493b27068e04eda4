using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Tests.Engine;

/// <summary>Where the kernel's interrupt can stop a cell: every body that can run for long opens with a check.</summary>
public class InterruptionPointsTests
{
    private const string Check = "global::SmeNotebooks.Interruption.Check();";

    [Theory]
    [InlineData("while (true) { n++; }")]
    [InlineData("for (;;) n++;")]
    [InlineData("do { n++; } while (true);")]
    [InlineData("foreach (var x in xs) { n++; }")]
    [InlineData("void Spin() { n++; }")]
    [InlineData("int Local() { return 1; } Local();")]
    [InlineData("class Busy { public Busy() { n++; } }")]
    [InlineData("class Busy { int P { get { return 1; } } }")]
    [InlineData("Action a = () => { n++; };")]
    [InlineData("Action<int> a = i => { n++; };")]
    [InlineData("Action a = delegate { n++; };")]
    public void Every_loop_and_body_opens_with_a_check_on_its_own_line(string cell)
    {
        string rewritten = InterruptionPoints.Insert(cell);
        Assert.Contains(Check, rewritten);
        Assert.DoesNotContain('\n', rewritten);   // same lines, so errors and stack traces keep the cell's line numbers
    }

    [Theory]
    [InlineData("int n = 1 + 1;")]
    [InlineData("Func<int, int> f = i => i + 1;")]
    public void Straight_line_code_and_expression_lambdas_are_left_as_written(string cell) =>
        Assert.Equal(cell, InterruptionPoints.Insert(cell));
}
