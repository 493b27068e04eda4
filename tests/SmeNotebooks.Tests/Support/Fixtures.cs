namespace SmeNotebooks.Tests.Support;

/// <summary>Paths of the committed test fixtures and of the repository.</summary>
public static class Fixtures
{
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The repository root (the folder holding SmeNotebooks.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SmeNotebooks.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("SmeNotebooks.sln not found above the test output folder.");
        }
    }

    /// <summary>The repository's <c>data</c> folder (the published tables and the synthetic data sets).</summary>
    public static string DataFolder => Path.Combine(RepositoryRoot, "data");

    /// <summary>The logistic model on the R fixture's synthetic Sonora-like firms (capinno, activity, size), shared by several test classes.</summary>
    public static SmeNotebooks.Models.LogisticFit SyntheticSonoraFit { get; } = SmeNotebooks.Models.LogisticRegression.Fit(
        SmeNotebooks.Data.CsvData.Load(Path.Combine(Folder("R"), "synthetic-sonora.csv")), "internationalized", "capinno", "activity", "size");

    /// <summary><paramref name="value"/> as a paper prints it to <paramref name="decimals"/> decimals (half away from zero): 85.526 → "85.5".</summary>
    public static string AsPrinted(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Asserts |actual − expected| ≤ tolerance with a message that shows both.</summary>
    public static void Near(double expected, double actual, double tolerance, string what)
    {
        Assert.True(Math.Abs(actual - expected) <= tolerance,
            $"{what}: expected {expected} ± {tolerance}, got {actual} (difference {actual - expected:G4}).");
    }
}
