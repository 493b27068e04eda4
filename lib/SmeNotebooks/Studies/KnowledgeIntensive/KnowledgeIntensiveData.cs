using System.Globalization;
using Microsoft.Data.Analysis;
using SmeNotebooks.Models;
using SmeNotebooks.Reconstruction;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.KnowledgeIntensive;

/// <summary>
/// The knowledge-intensive SMEs study: the SYNTHETIC 127-firm data set reconstructed from its published
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
    /// Scales of the composite scores of Y, X2 and X4 (score = offset + width·normalized value): SYNTHETIC design
    /// choices (the paper does not print them), inside the range a sum of the index's items (each 0-5) can take.
    /// X1's and X3's scales are not chosen but solved so that the logit on their scores prints Table 10.
    /// </summary>
    private static readonly Dictionary<string, AffineScale> DesignScales = new()
    {
        ["y"] = new AffineScale(2.1, 29.3), ["x2"] = new AffineScale(1.2, 11.3), ["x4"] = new AffineScale(0.4, 9.4),
    };

    /// <summary>The file name of the reconstructed items behind the indices.</summary>
    public const string ItemsFile = "items-synthetic.csv";

    /// <summary>The top of the common scale each item is standardized to before summing.</summary>
    public const double ItemScale = 5;

    /// <summary>
    /// The items behind each index, from the paper's list of components (§4); the original scales are SYNTHETIC
    /// choices. Y's components were in Figure 1, which the extraction lost: its items are generic.
    /// </summary>
    public static readonly IReadOnlyList<IndexItem> IndexItems =
    [
        .. Enumerable.Range(1, 8).Select(k => new IndexItem("y", $"innovation component {k} (Figure 1, lost)", 0, 10, "score 0-10")),
        new("x1", "relations with suppliers", 1, 5, "Likert 1-5"), new("x1", "relations with customers", 1, 5, "Likert 1-5"),
        new("x1", "relations with other companies", 1, 5, "Likert 1-5"), new("x1", "technical, professional and consulting services contracted", 0, 12, "services"),
        new("x1", "digitization of these links", 0, 100, "% of links"), new("x1", "willingness to innovate", 1, 5, "Likert 1-5"),
        new("x2", "owner's highest qualification", 1, 6, "level 1-6"), new("x2", "owner's languages", 1, 4, "languages"),
        new("x2", "jobs held before founding", 0, 9, "jobs"),
        new("x3", "staff training", 1, 5, "Likert 1-5"), new("x3", "machinery and equipment acquired or adapted", 1, 5, "Likert 1-5"),
        new("x3", "ICT acquired", 1, 5, "Likert 1-5"), new("x3", "software", 1, 5, "Likert 1-5"), new("x3", "mobile applications", 1, 5, "Likert 1-5"),
        new("x3", "process automation", 1, 5, "Likert 1-5"), new("x3", "business intelligence", 1, 5, "Likert 1-5"),
        new("x3", "technical and organizational manuals", 1, 5, "Likert 1-5"), new("x3", "research and design of new products", 1, 5, "Likert 1-5"),
        new("x3", "performance evaluation", 1, 5, "Likert 1-5"), new("x3", "productivity indicators", 1, 5, "Likert 1-5"),
        new("x3", "income spent on production and R&D", 0, 30, "% of income"),
        new("x4", "government support", 0, 6, "programmes"), new("x4", "relations with chambers of commerce", 1, 5, "Likert 1-5"),
        new("x4", "relations with universities and research centres", 1, 5, "Likert 1-5"),
    ];

    /// <summary>The removal p-value of the backward elimination (SPSS's default POUT).</summary>
    public const double RemovalP = 0.10;

    /// <summary>Loads a published table of the study.</summary>
    public static DataFrame Load(string dataFolder, string file) => KnowledgeIntensiveStudy.About.Load(dataFolder, file);

    /// <summary>
    /// The survey tables' labels — items, answer categories, regions, areas, activities, measures — in the reader's
    /// language: <c>Labels.ForReader(Load(dataFolder, "table3-collaboration.csv"), "partner", "frequency")</c>. The
    /// tables keep the paper's English (see <see cref="DataLabels"/>).
    /// </summary>
    public static DataLabels Labels { get; } = KnowledgeIntensiveStudy.About.Labels;

    /// <summary>The numbers the paper states in its text (sample design, firm sizes), each with its sentence.</summary>
    public static StatedFacts Facts(string dataFolder) => KnowledgeIntensiveStudy.About.Facts(dataFolder);

    /// <summary>Table 9's exponential model as a reconstruction target (R² built as 0.2741: 0.274 would put F on the 10.945 rounding edge).</summary>
    public static LinearTarget Table9Target(string dataFolder)
    {
        var table9 = Load(dataFolder, "table9-exponential-model.csv");
        var statistics = Load(dataFolder, "table9-model-statistics.csv");
        double Term(string term, string column) => Lookup.Number(table9, column, ("model", "exponential"), ("term", term));
        double Statistic(string name) => Lookup.Number(statistics, "value", ("statistic", name));
        string[] slopes = ["ln X1", "ln X2", "ln X3", "ln X4"];
        int predictors = (int)Statistic("predictors");
        int residualDf = Models.PrintedRegression.PossibleResidualDegreesOfFreedom(Statistic("F"), 2, Statistic("R2"), 3, predictors).Single();
        return new LinearTarget(slopes.Select(s => Term(s, "coefficient")).ToArray(), slopes.Select(s => Term(s, "t")).ToArray(),
            Term("Constant", "coefficient"), Term("Constant", "t"), Statistic("R2") + 0.0001, residualDf + predictors + 1, Statistic("DW"));
    }

    /// <summary>
    /// Innovators per area: Table 8's printed share of each area times the area's firms in Table 2, as the one whole
    /// count that prints so (throws when none or several do).
    /// </summary>
    public static IReadOnlyDictionary<string, (int Firms, int Innovators)> InnovatorsByArea(string dataFolder)
    {
        var table2 = Load(dataFolder, "table2-sample-by-activity-and-area.csv");
        var table8 = Load(dataFolder, "table8-innovation-by-area.csv");
        return Lookup.Where(table2, ("activity", "Total")).Select(r => Lookup.Text(table2, "area", r)).Where(area => area != "Total").ToDictionary(area => area, area =>
        {
            int firms = (int)Lookup.Number(table2, "firms", ("activity", "Total"), ("area", area));
            return (firms, Survey.Percentages.ImpliedCounts(Lookup.Number(table8, "percent", ("innovated", "Yes"), ("area", area)), firms).Single());
        });
    }

    /// <summary>Builds the 127 firms (deterministic for the seed).</summary>
    public static DataFrame Firms(string dataFolder, int seed = Seed)
    {
        var built = LinearReconstruction.Build(Table9Target(dataFolder), seed, below: 0);   // logarithms of values in (0, 1)
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

        var table2 = Load(dataFolder, "table2-sample-by-activity-and-area.csv");
        var cells = Enumerable.Range(0, (int)table2.Rows.Count)
            .Where(r => Lookup.Text(table2, "activity", r) != "Total" && Lookup.Text(table2, "area", r) != "Total")
            .SelectMany(r => Enumerable.Repeat(((string)table2["area"][r]!, (string)table2["activity"][r]!), (int)(double)table2["firms"][r]!))
            .OrderBy(_ => random.Next()).ToArray();
        if (cells.Length != firms.Count) throw new InvalidOperationException(Localized.Format(KnowledgeIntensiveStrings.Error_Table2Firms, cells.Length, firms.Count));

        var byArea = InnovatorsByArea(dataFolder);
        var innovated = new double[firms.Count];
        foreach (var area in cells.Select(c => c.Item1).Distinct())
        {
            var members = Enumerable.Range(0, firms.Count).Where(i => cells[i].Item1 == area).ToArray();
            int yes = byArea[area].Innovators;
            foreach (var i in members.OrderByDescending(i => firms[i][0] + 0.3 * random.NextDouble()).Take(yes)) innovated[i] = 1;
        }

        // Table 10: outcomes (keeping Table 8's counts per area) whose logit on X1 and X3 has the printed Wald z values,
        // and whose backward elimination from X1-X4 drops X2 and X4; then the six non-regression firms' free X1 and X3
        // values polish the z values; then the scores' scales are solved so that B, S.E. and the constant print as in Table 10.
        var target = Table10Target(dataFolder);
        double[][] Pair(IReadOnlyList<double[]> rows) => rows.Select(f => new[] { f[1], f[3] }).ToArray();
        double Penalty(LogisticFit fit) => Math.Pow(Math.Max(0, LogitScale.SmallestConstantSe(fit, target.Constant) - target.ConstantSe + 0.005), 2) * 10;
        innovated = OutcomeReconstruction.Search(Pair(firms), target.WaldZ, innovated, cells.Select(c => c.Item1).ToArray(),
            y => KeepsX1AndX3(firms, y), Penalty, seed, iterations: 60_000, restarts: 6);
        var free = dropped.SelectMany(d => new[] { (Row: firms.IndexOf(d), Column: 0, Variable: 1), (Row: firms.IndexOf(d), Column: 1, Variable: 3) })
            .Where(f => firms[f.Row][f.Variable] is > 0 and < 1).Select(f => (f.Row, f.Column, 0.02, 0.98)).ToArray();
        var polished = OutcomeReconstruction.Polish(Pair(firms), innovated, target.WaldZ, free,
            pair => KeepsX1AndX3(firms.Select((f, i) => new[] { f[0], pair[i][0], f[2], pair[i][1], f[4] }).ToArray(), innovated), Penalty);
        for (int i = 0; i < firms.Count; i++) (firms[i][1], firms[i][3]) = (polished[i][0], polished[i][1]);
        var logit = LogisticRegression.Fit(polished, innovated, "x1", "x3");
        var solved = LogitScale.ForPublished(logit, target.Slopes, target.Constant, target.ConstantSe);
        var scales = new Dictionary<string, AffineScale>(DesignScales) { ["x1"] = solved[0], ["x3"] = solved[1] };

        var columns = new List<DataFrameColumn>
        {
            new PrimitiveDataFrameColumn<int>("firm", Enumerable.Range(1, firms.Count)),
            new StringDataFrameColumn("area", cells.Select(c => c.Item1)),
            new StringDataFrameColumn("activity", cells.Select(c => c.Item2)),
            new DoubleDataFrameColumn("innovated", innovated),
        };
        for (int v = 0; v < 5; v++)
            columns.Add(new DoubleDataFrameColumn($"{Variables[v]}_score", firms.Select(f => scales[Variables[v]].Score(f[v]))));
        for (int v = 0; v < 5; v++) columns.Add(new DoubleDataFrameColumn(Variables[v], firms.Select(f => f[v])));
        return new DataFrame(columns);
    }

    /// <summary>
    /// Table 10's printed values as reconstruction targets: slopes that round to both the printed B and the printed
    /// Exp(B) where the two agree (X3: B 0.33344 prints 0.3334 and e^B 1.3958), else the printed B (X1, whose Exp(B) is
    /// a slip); Wald z = ±√Wald (more digits than B / S.E.); the constant and the S.E. that gives its printed Wald.
    /// </summary>
    public static (double[] Slopes, double[] WaldZ, double Constant, double ConstantSe) Table10Target(string dataFolder)
    {
        var table10 = Load(dataFolder, "table10-logistic-regression.csv");
        double Cell(string term, string column) => Lookup.Number(table10, column, ("term", term));
        double Slope(string term)
        {
            double b = Cell(term, "B"), low = Math.Max(b - 0.00005, Math.Log(Cell(term, "ExpB") - 0.00005)), high = Math.Min(b + 0.00005, Math.Log(Cell(term, "ExpB") + 0.00005));
            return low < high ? (low + high) / 2 : b;
        }
        string[] slopes = ["X1", "X3"];
        double constant = Cell("Constant", "B");
        return (slopes.Select(Slope).ToArray(), slopes.Select(t => Math.Sign(Cell(t, "B")) * Math.Sqrt(Cell(t, "Wald"))).ToArray(),
            constant, Math.Abs(constant) / Math.Sqrt(Cell("Constant", "Wald")));
    }

    /// <summary>
    /// True when backward elimination (Wald, removal p &gt; <see cref="RemovalP"/>) from X1-X4 ends with exactly X1 and
    /// X3, as the paper reports. <paramref name="rows"/> hold y, x1 … x4.
    /// </summary>
    private static bool KeepsX1AndX3(IReadOnlyList<double[]> rows, double[] outcome)
    {
        try
        {
            var steps = LogisticRegression.Backward(rows.Select(r => r[1..5]).ToArray(), outcome, ["x1", "x2", "x3", "x4"], RemovalP);
            return steps[^1].Fit.Predictors.SequenceEqual(["x1", "x3"]);
        }
        catch (InvalidOperationException) { return false; }
    }

    /// <summary>
    /// The rows of the firms whose Y and X1 … X4 (<see cref="Variables"/>) are all positive: the firms the log-linear
    /// models of Tables 9 and 11 can use (ln of zero is undefined).
    /// </summary>
    public static int[] LogModelRows(DataFrame firms) =>
        Enumerable.Range(0, (int)firms.Rows.Count).Where(r => Variables.All(c => Lookup.Number(firms, c, r) > 0)).ToArray();

    /// <summary>
    /// The items of composite index <paramref name="index"/> (y, x1 … x4) from the long-form <paramref name="items"/>
    /// (<see cref="Items"/>): one vector an item, in item order, each holding the firms' values in the file's firm order.
    /// </summary>
    public static double[][] ItemValues(DataFrame items, string index)
    {
        var numbers = Lookup.Where(items, ("index", index)).Select(r => (int)Lookup.Number(items, "item", r)).Distinct().ToArray();
        if (numbers.Length == 0)
            throw new ArgumentException(Localized.Format(Strings.Error_NoRowWhere, $"index = '{index}'"), nameof(index));
        return numbers.Select(k => Lookup.Numbers(items, "value", Lookup.Where(items, ("index", index), ("item", k.ToString(CultureInfo.InvariantCulture))))).ToArray();
    }

    /// <summary>
    /// SYNTHETIC items for every firm and index, consistent with the firms' composite scores: on the common 0-5
    /// scale each item spans exactly [0, 5] over the firms (some firm scores 0, some 5) and a firm's items sum to its
    /// score; each is then written on its original scale (<see cref="IndexItems"/>), so standardizing (0-5 min-max),
    /// summing and min-max normalizing the items gives back the firm file's normalized values. Long form: firm, index,
    /// item, label, unit, value. Deterministic for <paramref name="seed"/>.
    /// </summary>
    public static DataFrame Items(DataFrame firms, int seed = Seed)
    {
        var random = new Random(seed);
        int n = (int)firms.Rows.Count;
        var (firmColumn, indexColumn, itemColumn, labelColumn, unitColumn, valueColumn) = (new List<int>(), new List<string>(), new List<int>(), new List<string>(), new List<string>(), new List<double>());
        foreach (var group in IndexItems.GroupBy(i => i.Index))
        {
            var items = group.ToArray();
            var scores = Lookup.Numbers(firms, $"{group.Key}_score");
            var values = SplitScores(scores, items.Length, random, group.Key);
            for (int r = 0; r < n; r++)
                for (int k = 0; k < items.Length; k++)
                {
                    firmColumn.Add((int)Lookup.Number(firms, "firm", r)); indexColumn.Add(group.Key); itemColumn.Add(k + 1);
                    labelColumn.Add(items[k].Label); unitColumn.Add(items[k].Unit);
                    valueColumn.Add(items[k].Low + (items[k].High - items[k].Low) * values[r][k] / ItemScale);
                }
        }
        return new DataFrame(new PrimitiveDataFrameColumn<int>("firm", firmColumn), new StringDataFrameColumn("index", indexColumn),
            new PrimitiveDataFrameColumn<int>("item", itemColumn), new StringDataFrameColumn("label", labelColumn),
            new StringDataFrameColumn("unit", unitColumn), new DoubleDataFrameColumn("value", valueColumn));
    }

    /// <summary>
    /// Splits each score into <paramref name="count"/> values in [0, 5] that sum to it, with every item taking 0 at
    /// one firm and 5 at another: the highest scores carry the 5s, the lowest the 0s, and the rest is shared by
    /// random weights, capped at 5 (water-filling).
    /// </summary>
    private static double[][] SplitScores(double[] scores, int count, Random random, string index)
    {
        var values = scores.Select(_ => new double?[count]).ToArray();
        var byScore = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
        double Pinned(int firm) => values[firm].Sum(v => v ?? 0);
        int Free(int firm) => values[firm].Count(v => v is null);
        for (int k = 0; k < count; k++)
        {
            int high = byScore.FirstOrDefault(i => values[i][k] is null && scores[i] - Pinned(i) - ItemScale >= 0 && scores[i] - Pinned(i) - ItemScale <= ItemScale * (Free(i) - 1), -1);
            if (high < 0) throw new InvalidOperationException(Localized.Format(KnowledgeIntensiveStrings.Error_NoRoomHigh, index, k + 1, ItemScale));
            values[high][k] = ItemScale;
            int low = byScore.AsEnumerable().Reverse().FirstOrDefault(i => i != high && values[i][k] is null && scores[i] - Pinned(i) <= ItemScale * (Free(i) - 1), -1);
            if (low < 0) throw new InvalidOperationException(Localized.Format(KnowledgeIntensiveStrings.Error_NoRoomLow, index, k + 1));
            values[low][k] = 0;
        }
        return values.Select((row, i) =>
        {
            var free = Enumerable.Range(0, count).Where(k => row[k] is null).ToList();
            double rest = scores[i] - Pinned(i);
            var result = row.Select(v => v ?? 0).ToArray();
            var weights = free.ToDictionary(k => k, _ => 0.3 + random.NextDouble());
            while (free.Count > 0)
            {
                double total = free.Sum(k => weights[k]);
                var over = free.Where(k => rest * weights[k] / total > ItemScale).ToList();
                if (over.Count == 0) { foreach (var k in free) result[k] = rest * weights[k] / total; break; }
                foreach (var k in over) { result[k] = ItemScale; rest -= ItemScale; free.Remove(k); }
            }
            return result;
        }).ToArray();
    }
}
