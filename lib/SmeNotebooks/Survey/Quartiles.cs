using MathNet.Numerics.Statistics;

namespace SmeNotebooks.Survey;

/// <summary>
/// A sample's first quartile, median and third quartile, each by MathNet's <c>Statistics.Quantile</c>: R's type 8,
/// approximately median-unbiased whatever the distribution (Hyndman and Fan, "Sample quantiles in statistical
/// packages", The American Statistician 50(4), 1996, definition 8).
/// </summary>
/// <param name="First">The 25th percentile.</param>
/// <param name="Median">The 50th percentile.</param>
/// <param name="Third">The 75th percentile.</param>
public sealed record Quartiles(double First, double Median, double Third)
{
    /// <summary>The quartiles of <paramref name="values"/> (at least one value, all finite).</summary>
    public static Quartiles Of(IEnumerable<double> values)
    {
        var sample = values.ToArray();
        return new(Statistics.Quantile(sample, 0.25), Statistics.Quantile(sample, 0.5), Statistics.Quantile(sample, 0.75));
    }

    /// <summary>First quartile, median, third quartile, in that order.</summary>
    public double[] ToArray() => [First, Median, Third];
}
