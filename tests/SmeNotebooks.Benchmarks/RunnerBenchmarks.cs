using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace SmeNotebooks.Benchmarks;

/// <summary>
/// Speed targets of issue 3: a cold check of a 30-cell notebook ≤ 8 s on this 2-core machine (process start,
/// compiler warm-up and all), and a simple cell after the first ≤ 150 ms (one Roslyn submission continuing a state).
/// </summary>
public class RunnerBenchmarks
{
    private static readonly string Notebook = Path.Combine(AppContext.BaseDirectory, "Notebooks", "thirty-cells.dib");
    private ScriptState<object>? _state;

    [GlobalSetup(Target = nameof(SimpleCellAfterTheFirst))]
    public void StartScript() => _state = CSharpScript.RunAsync("var total = 0;", SmeNotebooks.Runner.Execution.NotebookExecutor.BaseOptions()).Result;

    [Benchmark]
    public int ColdCheckOfThirtyCells() => RunnerCheck.Run(Notebook);

    [Benchmark]
    public object SimpleCellAfterTheFirst()
    {
        _state = _state!.ContinueWithAsync("total += Enumerable.Range(0, 10).Sum();").Result;
        return _state.ReturnValue;
    }
}
