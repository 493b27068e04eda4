using BenchmarkDotNet.Attributes;
using Microsoft.Data.Analysis;
using SmeNotebooks.Models;

namespace SmeNotebooks.Benchmarks;

/// <summary>
/// Issue 11: the logistic fit called with a DataFrame — the way every notebook and student calls it — within 2× of the
/// array overload on the same 116 × 4 problem with one continuous predictor, and at least 50× faster than R's
/// <c>glm</c> on those data (R's time is measured by <c>r-glm-116x4.R</c> on the CSV that <see cref="Write"/> saves).
/// Data are SYNTHETIC, drawn with a fixed seed.
/// </summary>
[MemoryDiagnoser]
public class FrameFitBenchmarks
{
    private static readonly string[] Names = ["capinno", "activity", "size", "employees"];
    private DataFrame _frame = new();
    private double[][] _rows = [];
    private double[] _outcome = [];

    /// <summary>116 firms: three categorical predictors as in Sonora and one continuous (log employees).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261126);
        _rows = Enumerable.Range(0, 116).Select(_ => new double[] { random.Next(3), random.Next(2), random.Next(3), Math.Log(1 + 250 * random.NextDouble()) }).ToArray();
        _outcome = _rows.Select(r => random.NextDouble() < 1 / (1 + Math.Exp(-(-3.0 + 1.4 * r[0] - 1.7 * r[1] + 0.9 * r[2] + 0.2 * r[3]))) ? 1.0 : 0.0).ToArray();
        _frame = new DataFrame(Names.Select((n, j) => (DataFrameColumn)new DoubleDataFrameColumn(n, _rows.Select(r => r[j])))
            .Prepend(new DoubleDataFrameColumn("y", _outcome)));
    }

    /// <summary>Writes the data for the R side of the comparison.</summary>
    public void Write(string path) => File.WriteAllText(path, SmeNotebooks.Data.CsvData.ToCsv(_frame));

    [Benchmark(Baseline = true)]
    public double Arrays116x4() => LogisticRegression.Fit(_rows, _outcome, Names).LogLikelihood;

    [Benchmark]
    public double Frame116x4() => LogisticRegression.Fit(_frame, "y", Names).LogLikelihood;
}
