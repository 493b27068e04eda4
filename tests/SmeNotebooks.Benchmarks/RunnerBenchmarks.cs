using BenchmarkDotNet.Attributes;
using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Benchmarks;

/// <summary>
/// Speed targets of issue 3: a cold check of a 30-cell notebook ≤ 8 s on this 2-core machine (process start,
/// compiler warm-up and all), and a simple cell after the first ≤ 150 ms (one cell of the engine's session,
/// continuing its state, as the runner and the kernel run it).
/// </summary>
public class RunnerBenchmarks
{
    private static readonly string Notebook = Path.Combine(AppContext.BaseDirectory, "Notebooks", "thirty-cells.dib");
    private NotebookSession? _session;
    private int _cell;

    [GlobalSetup(Target = nameof(SimpleCellAfterTheFirst))]
    public void StartSession()
    {
        _session = new NotebookSession(AppContext.BaseDirectory, new OutputSink(new OutputFormatter()));
        _session.Execute("var total = 0;", ++_cell);
    }

    [Benchmark]
    public int ColdCheckOfThirtyCells() => RunnerCheck.Run(Notebook);

    [Benchmark]
    public Exception? SimpleCellAfterTheFirst() => _session!.Execute("total += Enumerable.Range(0, 10).Sum();", ++_cell);
}
