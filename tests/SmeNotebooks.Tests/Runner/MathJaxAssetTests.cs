using System.Security.Cryptography;
using System.Text;
using SmeNotebooks.Runner.Rendering;

namespace SmeNotebooks.Tests.Runner;

public class MathJaxAssetTests
{
    [Fact]
    public void Embedded_MathJax_is_the_recorded_npm_bundle()
    {
        // lib/SmeNotebooks.Runner/Assets/README.md records the SHA-256 of mathjax@3.2.2 es5/tex-svg.js.
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(MathJax.Script())));
        Assert.Equal("d4295dc33744836935c1399feece5159577b34c5c8ffb9f1c6324cd82e03a882", hash);
    }
}
