namespace SmeNotebooks.Studies.ValueChains;

/// <summary>The value-chain chapter: Latin American SMEs in global value chains, descriptive international evidence.</summary>
public static class ValueChainsStudy
{
    /// <summary>Its data folder (<c>data/gvc-latam/</c>), notebook and reference.</summary>
    public static Study About { get; } = new("ValueChains", "gvc-latam", "04-latin-american-smes-in-global-value-chains",
        new Reference(null, "McDermott, G. A. and Pietrobelli, C.", 2017,
            "in Breaking up the Global Value Chain: Opportunities and Consequences, Advances in International Management 30, pp. 311-332, Emerald",
            "10.1108/S1571-502720170000030013", "the chapter's title is not in the available text"),
        "where do the Mexican results sit in the regional picture?",
        "descriptive international data, cleaning a damaged table with a corrections log, shares and implied totals",
        "one session of 90 minutes");
}
