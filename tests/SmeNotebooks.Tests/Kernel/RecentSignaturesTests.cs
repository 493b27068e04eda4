using SmeNotebooks.Kernel.Protocol;

namespace SmeNotebooks.Tests.Kernel;

/// <summary>Replayed messages are recognised by their signature, within a bounded memory.</summary>
public class RecentSignaturesTests
{
    [Fact]
    public void A_signature_is_accepted_once_and_forgotten_only_beyond_the_capacity()
    {
        var seen = new RecentSignatures(2);
        Assert.True(seen.Add("a"));
        Assert.False(seen.Add("a"));
        Assert.True(seen.Add("b"));
        Assert.True(seen.Add("c"));    // "a" is forgotten: three signatures, room for two
        Assert.False(seen.Add("b"));
        Assert.True(seen.Add("a"));
    }
}
