using SmeNotebooks.Models;
using SmeNotebooks.Reconstruction;

namespace SmeNotebooks.Tests.Reconstruction;

public class LogitReconstructionTests
{
    /// <summary>A small known table: two binary predictors, 4 cells, 80 cases; its exact fit is the "published" model.</summary>
    private static PublishedLogit KnownTarget()
    {
        double[][] cells = [[0, 0], [1, 0], [0, 1], [1, 1]];
        int[] counts = [25, 15, 15, 25], events = [5, 7, 6, 17];
        var rows = new List<double[]>();
        var y = new List<double>();
        for (int c = 0; c < 4; c++)
            for (int i = 0; i < counts[c]; i++) { rows.Add(cells[c]); y.Add(i < events[c] ? 1 : 0); }
        var fit = LogisticRegression.Fit(rows.ToArray(), y.ToArray(), "a", "b");
        var table = fit.Classify();
        return new PublishedLogit(["a", "b"], cells,
            fit.Coefficients.Select(c => Math.Round(c.Estimate, 3)).ToArray(), fit.Coefficients.Select(c => Math.Round(c.StdError, 3)).ToArray(),
            80, 35, [new CellGroup("b = 0", [0, 1], 40), new CellGroup("b = 1", [2, 3], 40)],
            table.TruePositives, table.TruePositives + table.FalsePositives);
    }

    [Fact]
    public void Search_keeps_the_exact_constraints_and_recovers_a_known_model()
    {
        var target = KnownTarget();
        var table = LogitReconstruction.Search(target, new SearchSettings(Seed: 7, Iterations: 20_000, Restarts: 2, MaxCellShare: 0.5));
        Assert.Equal(40, table.Counts[0] + table.Counts[1]);
        Assert.Equal(40, table.Counts[2] + table.Counts[3]);
        Assert.Equal(35, table.Events.Sum());
        var refit = table.Refit();
        var classification = refit.Classify();
        Assert.Equal(target.TruePositives, classification.TruePositives);
        Assert.Equal(target.PredictedPositives, classification.TruePositives + classification.FalsePositives);
        // The true table is in the search space, so the search must get at least as close as the printed rounding.
        Assert.True(table.MaxAbsoluteError() <= 0.01, $"max error {table.MaxAbsoluteError()}");
    }

    [Fact]
    public void Same_seed_gives_the_same_table()
    {
        var settings = new SearchSettings(Seed: 3, Iterations: 5_000, Restarts: 1, MaxCellShare: 0.5);
        var first = LogitReconstruction.Search(KnownTarget(), settings);
        var second = LogitReconstruction.Search(KnownTarget(), settings);
        Assert.Equal(first.Counts, second.Counts);
        Assert.Equal(first.Events, second.Events);
    }

    [Fact]
    public void Impossible_cell_bounds_are_refused_with_the_numbers()
    {
        var ex = Assert.Throws<ArgumentException>(() => LogitReconstruction.Search(KnownTarget(), new SearchSettings(MaxCellShare: 0.2)));
        Assert.Contains("Group 'b = 0' needs 40 cases in 2 cells, impossible with 1 to 16 cases a cell", ex.Message);
    }

    [Fact]
    public void A_fit_bar_that_is_not_positive_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => LogitReconstruction.Search(KnownTarget(), new SearchSettings(MaxCellShare: 0.5, Tolerance: 0)));
        Assert.Contains("fit bar (Tolerance) must be positive", ex.Message);
    }

    [Fact]
    public void Groups_that_do_not_partition_the_cells_are_refused()
    {
        var target = KnownTarget() with { Groups = [new CellGroup("all but one", [0, 1, 2], 80)] };
        var ex = Assert.Throws<ArgumentException>(() => LogitReconstruction.Search(target, new SearchSettings()));
        Assert.Contains("partition", ex.Message);
    }
}
