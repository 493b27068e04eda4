using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace SmeNotebooks.Benchmarks;

/// <summary>
/// Issue 11: the whole collection fast enough for a class — <c>check notebooks</c> (each notebook in its own process,
/// compiler warm-up included) as a ratio to the start-here notebook alone (the Ratio column; target ≤ 6), and the
/// absolute time (target ≤ 30 s of notebook time on this 2-core machine). Needs the Release build of the library,
/// which the notebooks reference: <c>dotnet build lib/SmeNotebooks -c Release</c> first.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CollectionBenchmarks
{
    private static readonly string Notebooks = Path.Combine(SmeNotebooks.Data.CsvData.DataFolder(AppContext.BaseDirectory), "..", "notebooks");

    [Benchmark(Baseline = true)]
    public int StartHere() => RunnerCheck.Run(Path.Combine(Notebooks, "00-start-here.dib"));

    /// <summary>One language's collection — what a class runs (the Spanish translations are a second collection).</summary>
    [Benchmark]
    public int WholeCollection() => RunnerCheck.Run(Directory.GetFiles(Notebooks, "*.dib").Where(f => !SmeNotebooks.Runner.Translation.NotebookTranslation.IsTranslation(f)).ToArray());
}
