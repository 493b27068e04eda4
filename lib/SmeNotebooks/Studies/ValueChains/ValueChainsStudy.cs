namespace SmeNotebooks.Studies.ValueChains;

/// <summary>The value-chain chapter: Latin American SMEs in global value chains, descriptive international evidence.</summary>
public static class ValueChainsStudy
{
    /// <summary>Its data folder (<c>data/gvc-latam/</c>), notebook and reference; the words in the reader's language.</summary>
    public static Study About => new("ValueChains", "gvc-latam", "04-latin-american-smes-in-global-value-chains",
        new Reference(null, "McDermott, G. A. and Pietrobelli, C.", 2017,
            "Breaking up the Global Value Chain: Opportunities and Consequences, Advances in International Management 30, pp. 311-332, Emerald",
            "10.1108/S1571-502720170000030013", ValueChainsStrings.Study_Note, Chapter: true),
        ValueChainsStrings.Study_Question, ValueChainsStrings.Study_Methods, ValueChainsStrings.Study_ClassTime);
}
