using BenchmarkDotNet.Attributes;
using SmeNotebooks.Models;

namespace SmeNotebooks.Benchmarks;

/// <summary>
/// Speed and allocation targets of issue 2: a logistic fit on 116 × 3 (array overload) ≤ 7 µs and ≤ 2 KB;
/// OLS on 127 × 4 ≤ 5 µs; a 10,000-replicate bootstrap of the Sonora-sized model ≤ 0.2 s single-threaded.
/// Data are SYNTHETIC, drawn with a fixed seed from the published Sonora Table 4 coefficients.
/// </summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private double[][] _logitRows = [];
    private double[] _logitOutcome = [];
    private double[][] _olsRows = [];
    private double[] _olsOutcome = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        _logitRows = Enumerable.Range(0, 116).Select(_ => new double[] { random.Next(3), random.Next(2), random.Next(3) }).ToArray();
        _logitOutcome = _logitRows.Select(r =>
            random.NextDouble() < 1 / (1 + Math.Exp(-(-2.193 + 1.473 * r[0] - 1.751 * r[1] + 1.105 * r[2]))) ? 1.0 : 0.0).ToArray();
        _olsRows = Enumerable.Range(0, 127).Select(_ => Enumerable.Range(0, 4).Select(_ => Math.Log(0.05 + random.NextDouble())).ToArray()).ToArray();
        _olsOutcome = _olsRows.Select(r => -0.6 + 0.37 * r[0] + 0.25 * r[1] + 0.38 * r[2] + 0.05 * r[3] + 0.5 * (random.NextDouble() - 0.5)).ToArray();
    }

    [Benchmark]
    public double LogisticFit116x3() =>
        LogisticRegression.Fit(_logitRows, _logitOutcome, "capinno", "activity", "size").LogLikelihood;

    [Benchmark]
    public double LinearFit127x4() =>
        LinearRegression.Fit(_olsRows, _olsOutcome, ["x1", "x2", "x3", "x4"]).RSquared;

    [Benchmark]
    public double Bootstrap10000()
    {
        var random = new Random(1);
        int n = _logitRows.Length;
        var rows = new double[n][];
        var outcome = new double[n];
        double sum = 0;
        for (int b = 0; b < 10_000; b++)
        {
            for (int i = 0; i < n; i++) { int pick = random.Next(n); rows[i] = _logitRows[pick]; outcome[i] = _logitOutcome[pick]; }
            try { sum += LogisticRegression.Fit(rows, outcome, "capinno", "activity", "size")["capinno"].Estimate; }
            catch (SeparationException) { /* a resample can separate; the bootstrap skips it */ }
        }
        return sum;
    }
}
