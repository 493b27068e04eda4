using SmeNotebooks.Reconstruction;

namespace SmeNotebooks.Tests.Reconstruction;

public class FitPreferenceTests
{
    private static readonly FitPreference Preference = new(0.0025);

    [Fact]
    public void Within_the_bar_beats_outside_whatever_the_plausibility()
    {
        Assert.True(Preference.Compare((0.0024, new Plausibility(6, 29)), (0.0026, new Plausibility(0, 10))) < 0);
    }

    [Fact]
    public void Within_the_bar_the_more_plausible_wins_then_the_smaller_error()
    {
        Assert.True(Preference.Compare((0.0024, new Plausibility(1, 25)), (0.0017, new Plausibility(3, 27))) < 0);
        Assert.True(Preference.Compare((0.0017, new Plausibility(1, 25)), (0.0019, new Plausibility(1, 25))) < 0);
    }

    [Fact]
    public void Outside_the_bar_only_the_error_counts()
    {
        Assert.True(Preference.Compare((0.0030, new Plausibility(5, 29)), (0.0069, new Plausibility(0, 23))) < 0);
    }
}
