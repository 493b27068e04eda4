using BenchmarkDotNet.Attributes;
using SmeNotebooks.Data;
using SmeNotebooks.Studies.Sonora;

namespace SmeNotebooks.Benchmarks;

/// <summary>
/// Speed target of issue 4: regenerating the committed Sonora reconstruction from its seed (the whole search: annealing,
/// local search, lattice polish, event placement) ≤ 10 s on this 2-core machine. A run takes seconds, so the job
/// measures three iterations after one warm-up.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ReconstructionBenchmarks
{
    private readonly string _dataFolder = CsvData.DataFolder();

    [Benchmark]
    public int SonoraReconstruction() => SonoraData.ReconstructCells(_dataFolder).Counts.Sum();
}
