namespace SmeNotebooks.Tests.Support;

/// <summary>
/// Finds the Debian tools some tests need (R, Chromium). Where a tool is missing the test is skipped with the
/// reason and the install command — unless SMENOTEBOOKS_REQUIRE_EXTERNAL=1 (set by .ci/run), which turns the skip
/// into a failure so CI can never pass by skipping.
/// </summary>
public static class ExternalTool
{
    /// <summary>The environment variable that forbids skipping.</summary>
    public const string RequireVariable = "SMENOTEBOOKS_REQUIRE_EXTERNAL";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    /// <summary>The skip reason for a missing tool, or null when it is there (or when skipping is forbidden).</summary>
    public static string? SkipReason(string program, string debianPackages) =>
        Find(program) is not null || Required
            ? null
            : $"'{program}' is not installed (apt-get install {debianPackages}); set {RequireVariable}=1 to make this a failure.";
}

/// <summary>A fact that needs R (Rscript with lmtest and nortest).</summary>
public sealed class RequiresRFactAttribute : FactAttribute
{
    public RequiresRFactAttribute() => Skip = ExternalTool.SkipReason("Rscript", "r-base-core r-cran-lmtest r-cran-nortest");
}
