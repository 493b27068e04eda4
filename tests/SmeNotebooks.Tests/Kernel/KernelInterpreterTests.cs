using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Kernel.Interpreter;

namespace SmeNotebooks.Tests.Kernel;

/// <summary>The kernel's interpreter on its own: plain records in and out, no sockets, no JSON.</summary>
public sealed class KernelInterpreterTests : IDisposable
{
    private readonly KernelInterpreter _interpreter = new("en", Path.GetTempPath(), notebook: null, restorePackage: null);

    public void Dispose() => _interpreter.Dispose();

    private (ExecuteOutcome Outcome, List<CellOutput> Outputs, int Started) Execute(string code, bool silent = false, bool store = true)
    {
        var outputs = new List<CellOutput>();
        int started = 0;
        var outcome = _interpreter.Execute(new ExecuteRequest(code, silent, store), n => started = n, o => { lock (outputs) outputs.Add(o); });
        return (outcome, outputs, started);
    }

    [Fact]
    public void A_cell_is_counted_its_outputs_arrive_and_later_cells_see_its_variables()
    {
        var (first, outputs, started) = Execute("var answer = 6 * 7;\nConsole.WriteLine(\"printed\");");
        Assert.Equal((1, 1), (first.Count, started));
        Assert.Null(first.Failure);
        Assert.Contains(outputs, o => o.Kind == CellOutputKind.Stdout && o.Text == "printed\n");
        var (second, results, _) = Execute("answer + 1");
        Assert.Equal(2, second.Count);
        Assert.Equal("43", results.Single(o => o.Kind == CellOutputKind.Result).Text);
    }

    [Fact]
    public void A_silent_cell_is_neither_counted_nor_shown_nor_stored_even_when_asked_to_be()
    {
        var (outcome, outputs, started) = Execute("Console.WriteLine(\"quiet\"); 1", silent: true, store: true);
        Assert.Equal((0, 0), (outcome.Count, started));
        Assert.Empty(outputs);
        Assert.Empty(_interpreter.History(new HistoryQuery("tail", null, 0, int.MaxValue, "*", false)));
    }

    [Fact]
    public void History_answers_tail_range_and_unique_glob_searches_with_results()
    {
        Execute("int a = 1;");
        Execute("a + 1");
        Execute("int b = 2;");
        Execute("a + 1");
        var tail = _interpreter.History(new HistoryQuery("tail", 2, 0, int.MaxValue, "*", false));
        Assert.Equal([3, 4], tail.Select(h => h.Line));
        Assert.Equal("2", tail[1].Output);
        Assert.Equal([2, 3], _interpreter.History(new HistoryQuery("range", null, 2, 4, "*", false)).Select(h => h.Line));
        Assert.Equal([4], _interpreter.History(new HistoryQuery("search", null, 0, int.MaxValue, "a +*", true)).Select(h => h.Line));
    }

    [Fact]
    public async Task An_interrupted_loop_fails_as_the_readers_interrupt_and_a_failing_cell_says_why()
    {
        var running = Task.Run(() => Execute("long spins = 0;\nwhile (true) { spins++; }"));
        await Task.Delay(1500);
        _interpreter.Interrupt(_ => { });
        var (outcome, _, _) = await running.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("KeyboardInterrupt", outcome.Failure?.Name);
        Assert.Equal("CompilationError", Execute("int x = missing;").Outcome.Failure?.Name);
    }
}
