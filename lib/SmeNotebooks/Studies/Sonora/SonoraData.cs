using Microsoft.Data.Analysis;
using SmeNotebooks.Reconstruction;
using SmeNotebooks.Survey;
using SmeNotebooks.Data;
using SmeNotebooks.Display;
using SmeNotebooks.Localization;
using SmeNotebooks.Models;

namespace SmeNotebooks.Studies.Sonora;

/// <summary>
/// The Sonora study (116 IT and metalworking SMEs, SPSS binary logistic regression of
/// internationalization on CAPINNO, activity and size): its published tables in <c>data/sonora/</c>, and the
/// SYNTHETIC firm-level data set reconstructed from them (<c>data/sonora/firms-synthetic.csv</c>).
/// Coding as in the paper: activity 0 = MM, 1 = IT; size 0/1/2 = micro/small/medium; capinno 0/1/2 = low/average/high.
/// </summary>
public static class SonoraData
{
    /// <summary>The predictors in Table 4's order.</summary>
    public static readonly string[] Predictors = ["capinno", "activity", "size"];

    /// <summary>The seed of the committed reconstruction.</summary>
    public const int Seed = 2;

    /// <summary>The file name of the reconstructed firms.</summary>
    public const string FirmsFile = "firms-synthetic.csv";

    /// <summary>Loads a published table, e.g. <c>Load("table4-variables-in-equation.csv")</c>.</summary>
    public static DataFrame Load(string dataFolder, string file) => SonoraStudy.About.Load(dataFolder, file);

    /// <summary>
    /// A published table with its values' printed decimals (<see cref="PublishedTable"/>); <paramref name="table"/>
    /// names it in the source line ("Table 4").
    /// </summary>
    public static PublishedTable Printed(string dataFolder, string file, string table) =>
        SonoraStudy.About.Printed(dataFolder, file, $"{SonoraStrings.Source}, {table}");

    /// <summary>The paper's Eq. (2) with Table 4's printed B: capinno, activity and size (as <see cref="Predictors"/>), then the constant.</summary>
    public static LogitEquation PublishedEquation(string dataFolder) => Table4(dataFolder).Equation(Table4Terms, Predictors);

    /// <summary>Table 4's term for each of <see cref="Predictors"/>, as printed.</summary>
    private static readonly string[] Table4Terms = ["Capinno", "Activity(1)", "Size"];

    private static PublishedTable Table4(string dataFolder) =>
        Printed(dataFolder, "table4-variables-in-equation.csv", Localized.Format(Strings.Table_Number, 4));

    /// <summary>The numbers the paper's text states, each with its sentence (<c>stated-facts.csv</c>): the worked example of Eq. (2).</summary>
    public static StatedFacts Facts(string dataFolder) => SonoraStudy.About.Facts(dataFolder);

    /// <summary>
    /// The reconstruction target read from the published tables: the 18 cells (capinno × activity × size), Table 4's
    /// B and S.E., 116 firms with 55 IT and 61 MM (sampling frame), 40 internationalized and the Table 3 classification.
    /// </summary>
    public static PublishedLogit Target(string dataFolder)
    {
        var table4 = Table4(dataFolder);
        var equation = table4.Equation(Table4Terms, Predictors);
        var table3 = Load(dataFolder, "table3-classification.csv");
        var frame = Load(dataFolder, "sampling-frame.csv");
        double[] estimates = [.. equation.Slopes, equation.Constant];
        var errors = Table4Terms.Append(ModelTerms.Constant).Select(term => table4.Value("SE", ("term", term)).Value).ToArray();
        var cells = new List<double[]>();
        foreach (var activity in new[] { 1.0, 0.0 })
            foreach (var size in new[] { 0.0, 1, 2 })
                foreach (var capinno in new[] { 0.0, 1, 2 })
                    cells.Add([capinno, activity, size]);
        int firmsIt = (int)Lookup.Number(frame, "sample_firms", 0), firmsMm = (int)Lookup.Number(frame, "sample_firms", 1);
        int tn = (int)Lookup.Number(table3, "predicted_no", 0), fp = (int)Lookup.Number(table3, "predicted_yes", 0);
        int fn = (int)Lookup.Number(table3, "predicted_no", 1), tp = (int)Lookup.Number(table3, "predicted_yes", 1);
        return new PublishedLogit(Predictors, cells, estimates, errors, tn + fp + fn + tp, fn + tp,
            [new CellGroup("IT", Enumerable.Range(0, 9).ToArray(), firmsIt), new CellGroup("MM", Enumerable.Range(9, 9).ToArray(), firmsMm)],
            tp, fp + tp);
    }

    /// <summary>
    /// The fit bar on Table 4: the largest |B or S.E. error| a reconstruction may have — the search's own bar,
    /// <see cref="SearchSettings.Tolerance"/> (0.0025; the printed values carry ±0.0005 of rounding).
    /// </summary>
    public static double Tolerance => Settings().Tolerance;

    /// <summary>
    /// The search settings of the committed reconstruction: <see cref="Seed"/>; empty cells allowed and no cell above a
    /// quarter of the sample (29 firms) as hard bounds; among tables within <see cref="Tolerance"/>, the most plausible
    /// (fewest empty cells, then the smallest largest cell) is taken.
    /// </summary>
    public static SearchSettings Settings(int seed = Seed) => new(seed, MinCellCount: 0, MaxCellShare: 0.25);

    /// <summary>Runs the reconstruction search with the committed <see cref="Settings"/> (deterministic).</summary>
    public static CellTable ReconstructCells(string dataFolder) => LogitReconstruction.Search(Target(dataFolder), Settings());

    /// <summary>
    /// Individual firms from a cell table, SYNTHETIC, with detail consistent with each firm's cell: employees drawn
    /// uniformly inside the INEGI class of its sector (IT = services, MM = industry; Table 1), and four CAPINNO
    /// dimension scores (entrepreneurial orientation, organisational competences, institutions, capital, on a 0-100
    /// scale) whose z-scores summed and min-max rescaled to [0, 1] — the paper's index construction — fall in the
    /// firm's capinno level under the paper's cut points. Firms are shuffled (seeded) and numbered.
    /// </summary>
    public static DataFrame Firms(CellTable table, int seed = Seed)
    {
        var random = new Random(seed);
        var (rows, outcome) = table.Cases();
        int n = rows.Length;
        var order = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
        var employees = new int[n];
        for (int i = 0; i < n; i++)
        {
            var row = rows[order[i]];
            var (min, max) = InegiSize.Range((SizeClass)(int)row[2], row[1] == 1 ? Sector.Services : Sector.Industry);
            employees[i] = random.Next(min, max + 1);
        }
        var levels = order.Select(i => (int)rows[i][0]).ToArray();
        var dimensions = DimensionScores(levels, random);
        var index = Scaling.CompositeIndex(dimensions);
        return new DataFrame(
            new PrimitiveDataFrameColumn<int>("firm", Enumerable.Range(1, n)),
            new StringDataFrameColumn("activity_label", order.Select(i => rows[i][1] == 1 ? "IT" : "MM")),
            new DoubleDataFrameColumn("activity", order.Select(i => rows[i][1])),
            new DoubleDataFrameColumn("size", order.Select(i => rows[i][2])),
            new StringDataFrameColumn("size_label", order.Select(i => ((SizeClass)(int)rows[i][2]).ToString().ToLowerInvariant())),
            new DoubleDataFrameColumn("employees", employees.Select(e => (double)e)),
            new DoubleDataFrameColumn("entrepreneurial_orientation", dimensions[0]),
            new DoubleDataFrameColumn("organisational_competences", dimensions[1]),
            new DoubleDataFrameColumn("institutions", dimensions[2]),
            new DoubleDataFrameColumn("capital", dimensions[3]),
            new DoubleDataFrameColumn("capinno_index", index),
            new DoubleDataFrameColumn("capinno", order.Select(i => rows[i][0])),
            new StringDataFrameColumn("capinno_label", order.Select(i => Capinno.Levels.Names[(int)rows[i][0]])),
            new DoubleDataFrameColumn("internationalized", order.Select(i => outcome[i])));
    }

    /// <summary>
    /// Four dimension scores per firm: a latent position inside the firm's level (the lowest firm at 0, the highest
    /// at 1) plus small dimension-specific noise, rescaled to 0-100; redrawn until every firm's composite index falls
    /// in its own level.
    /// </summary>
    private static double[][] DimensionScores(int[] levels, Random random)
    {
        int n = levels.Length;
        (double Low, double High)[] bands = [(0.03, 0.31), (0.37, 0.63), (0.69, 0.97)];
        for (int attempt = 0; attempt < 1000; attempt++)
        {
            var latent = levels.Select(l => bands[l].Low + random.NextDouble() * (bands[l].High - bands[l].Low)).ToArray();
            latent[Array.IndexOf(levels, levels.Min())] = 0;
            latent[Array.LastIndexOf(levels, levels.Max())] = 1;
            var dimensions = Enumerable.Range(0, 4).Select(_ => latent.Select(t => 50 + 40 * (t - 0.5) + 2.5 * MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1)).ToArray()).ToArray();
            var index = Scaling.CompositeIndex(dimensions);
            if (Enumerable.Range(0, n).All(i => Capinno.Levels.Code(index[i]) == levels[i])) return dimensions;
        }
        throw new InvalidOperationException(SonoraStrings.Error_NoDimensionScores);
    }
}
