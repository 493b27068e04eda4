using System.Globalization;
using Microsoft.Data.Analysis;
using SmeNotebooks.Reconstruction;

namespace SmeNotebooks.Data;

/// <summary>
/// The knowledge-intensive SMEs study (seed 002): the SYNTHETIC 127-firm data set reconstructed from its published
/// tables (<c>data/knowledge-intensive/firms-synthetic.csv</c>). 121 firms have every min-max normalized variable
/// strictly inside (0, 1) and reproduce Table 9 exactly; six more carry each variable's minimum (0, whose logarithm
/// does not exist, so they drop out of the log model) and maximum (1) — which is how the regressions come to use 121
/// firms. Areas and activities follow Table 2; innovators follow Table 8 by area.
/// </summary>
public static class KnowledgeIntensiveData
{
    /// <summary>The seed of the committed reconstruction.</summary>
    public const int Seed = 2019;

    /// <summary>The file name of the reconstructed firms.</summary>
    public const string FirmsFile = "firms-synthetic.csv";

    /// <summary>The regression variables, outcome first.</summary>
    public static readonly string[] Variables = ["y", "x1", "x2", "x3", "x4"];

    /// <summary>
    /// Range of each composite score (sum of standardized items) behind the normalized variables, y then x1-x4:
    /// SYNTHETIC design choices (the paper does not print them), chosen so each index spans a plausible sum of z-scores.
    /// </summary>
    private static readonly (double Low, double High)[] ScoreRanges = [(-7.4, 9.1), (-6.2, 8.3), (-3.9, 5.6), (-9.8, 12.7), (-2.6, 7.9)];

    /// <summary>Loads a published table of the study.</summary>
    public static DataFrame Table(string dataFolder, string file) => CsvData.Load(Path.Combine(dataFolder, "knowledge-intensive", file));

    /// <summary>Table 9's exponential model as a reconstruction target (R² built as 0.2741: 0.274 would put F on the 10.945 rounding edge).</summary>
    public static LinearTarget Table9Target(string dataFolder)
    {
        var table9 = Table(dataFolder, "table9-exponential-model.csv");
        var statistics = Table(dataFolder, "table9-model-statistics.csv");
        double Term(string term, string column) => Rows.Number(table9, column, ("model", "exponential"), ("term", term));
        double Statistic(string name) => Rows.Number(statistics, "value", ("statistic", name));
        string[] slopes = ["ln X1", "ln X2", "ln X3", "ln X4"];
        int predictors = (int)Statistic("predictors");
        int residualDf = Models.PrintedRegression.PossibleResidualDegreesOfFreedom(Statistic("F"), 2, Statistic("R2"), 3, predictors).Single();
        return new LinearTarget(slopes.Select(s => Term(s, "coefficient")).ToArray(), slopes.Select(s => Term(s, "t")).ToArray(),
            Term("Constant", "coefficient"), Term("Constant", "t"), Statistic("R2") + 0.0001, residualDf + predictors + 1, Statistic("DW"));
    }

    /// <summary>Builds the 127 firms (deterministic for the seed).</summary>
    public static DataFrame Firms(string dataFolder, int seed = Seed)
    {
        var built = LinearReconstruction.Build(Table9Target(dataFolder), seed);
        var random = new Random(seed);
        // Normalized values: y then x1-x4 for the 121 firms, then the six that carry the zeros and ones.
        var rows = built.Regressors.Select((x, i) => new[] { Math.Exp(built.Outcome[i]) }.Concat(x.Select(Math.Exp)).ToArray()).ToList();
        int[][] extremes = [[0, -1], [1, 0], [2, 1], [3, 2], [4, 3], [2, 4]];   // (variable at 0, variable at 1; −1: none)
        var dropped = extremes.Select(e =>
        {
            var values = Enumerable.Range(0, 5).Select(_ => 0.15 + 0.6 * random.NextDouble()).ToArray();
            values[e[0]] = 0;
            if (e[1] >= 0) values[e[1]] = 1;
            return values;
        }).ToList();
        var firms = new List<double[]>(rows);
        foreach (var d in dropped) firms.Insert(random.Next(firms.Count + 1), d);   // the 121 keep their relative order (Durbin-Watson)

        var table2 = Table(dataFolder, "table2-sample-by-activity-and-area.csv");
        var cells = Enumerable.Range(0, (int)table2.Rows.Count)
            .Where(r => (string)table2["activity"][r]! != "Total" && (string)table2["area"][r]! != "Total")
            .SelectMany(r => Enumerable.Repeat(((string)table2["area"][r]!, (string)table2["activity"][r]!), (int)(double)table2["firms"][r]!))
            .OrderBy(_ => random.Next()).ToArray();
        if (cells.Length != firms.Count) throw new InvalidOperationException($"Table 2 has {cells.Length} firms, the reconstruction {firms.Count}.");

        var table8 = Table(dataFolder, "table8-innovation-by-area.csv");
        var innovated = new double[firms.Count];
        foreach (var area in cells.Select(c => c.Item1).Distinct())
        {
            var members = Enumerable.Range(0, firms.Count).Where(i => cells[i].Item1 == area).ToArray();
            double percent = Rows.Number(table8, "percent", ("innovated", "Yes"), ("area", area));
            int yes = Survey.Percentages.ImpliedCounts(percent, members.Length).Single();
            foreach (var i in members.OrderByDescending(i => firms[i][0] + 0.3 * random.NextDouble()).Take(yes)) innovated[i] = 1;
        }

        var columns = new List<DataFrameColumn>
        {
            new PrimitiveDataFrameColumn<int>("firm", Enumerable.Range(1, firms.Count)),
            new StringDataFrameColumn("area", cells.Select(c => c.Item1)),
            new StringDataFrameColumn("activity", cells.Select(c => c.Item2)),
            new DoubleDataFrameColumn("innovated", innovated),
        };
        for (int v = 0; v < 5; v++)
        {
            var (low, high) = ScoreRanges[v];
            columns.Add(new DoubleDataFrameColumn($"{Variables[v]}_score", firms.Select(f => low + (high - low) * f[v])));
        }
        for (int v = 0; v < 5; v++) columns.Add(new DoubleDataFrameColumn(Variables[v], firms.Select(f => f[v])));
        return new DataFrame(columns);
    }
}
