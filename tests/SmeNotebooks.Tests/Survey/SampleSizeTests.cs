using SmeNotebooks.Survey;
using SmeNotebooks.Tests.Support;
using SmeNotebooks.Studies.KnowledgeIntensive;

namespace SmeNotebooks.Tests.Survey;

public class SampleSizeTests
{
    [Fact]
    public void Sonora_frame_of_672_at_95_percent_and_10_points_needs_84_firms_so_116_implies_f_1380()
    {
        // Sonora paper, Eq. 1 with N = 672 (322 IT + 350 MM), Z = 1.96, ε = 0.10, p = q = 0.5.
        // n = 1.96²·0.25·672 / (672·0.01 + 1.96²·0.25) = 645.3888 / 7.6804 = 84.0306…
        var plan = new SampleSize(672, 1.96, 0.10);
        Fixtures.Near(645.3888 / 7.6804, plan.Base, 1e-9, "Sonora n before f");
        Assert.Equal(85, plan.RequiredRoundedUp);
        // The paper surveyed 116 firms: the correction factor that reconciles them.
        Fixtures.Near(116 / (645.3888 / 7.6804), plan.ImpliedCorrectionFactor(116), 1e-9, "Sonora implied f");
        Fixtures.Near(1.380, plan.ImpliedCorrectionFactor(116), 0.0005, "Sonora implied f (3 decimals)");
    }

    [Fact]
    public void Knowledge_intensive_frame_of_748_at_7_points_needs_155_firms_so_175_implies_f_1127()
    {
        // Knowledge-intensive paper, §3: N = 748, z = 1.96, error ±7%; the paper reports an optimal sample of 175.
        // n = 3.8416·0.25·748 / (748·0.0049 + 0.9604) = 718.3792 / 4.6256 = 155.305…
        var plan = new SampleSize(748, 1.96, 0.07);
        Fixtures.Near(718.3792 / 4.6256, plan.Base, 1e-9, "n before f");
        Assert.Equal(156, plan.RequiredRoundedUp);
        Fixtures.Near(175 / (718.3792 / 4.6256), plan.ImpliedCorrectionFactor(175), 1e-9, "implied f");
    }

    [Fact]
    public void Knowledge_intensive_response_rate_of_762_percent_is_not_a_count_out_of_175()
    {
        // Knowledge-intensive paper, §3: "a response rate of 76.2% and a total of 127 valid questionnaires" from a sample of 175
        // (data/knowledge-intensive/stated-facts.csv). 127/175 is 72.6%, and no whole number of responses out of 175
        // prints as 76.2% (133 → 76.0%, 134 → 76.6%): the printed rate cannot be responses/175 at one decimal.
        var facts = SmeNotebooks.Studies.KnowledgeIntensive.KnowledgeIntensiveData.Facts(Fixtures.DataFolder);
        int sample = (int)facts["optimal_sample"].Value, valid = (int)facts["valid_questionnaires"].Value;
        double rate = facts["response_rate_percent"].Value;
        Assert.NotEqual(rate, Math.Round(100.0 * valid / sample, 1));
        Assert.Empty(SmeNotebooks.Survey.Percentages.ImpliedCounts(rate, sample));
    }

    [Fact]
    public void Confidence_95_percent_is_z_1959964()
    {
        Fixtures.Near(1.959963984540054, SampleSize.ZForConfidence(0.95), 1e-12, "z for 95%");
    }

    [Fact]
    public void Invalid_plans_say_what_is_wrong()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SampleSize(672, 1.96, 0).Base);
        Assert.Contains("margin", ex.Message);
    }
}
