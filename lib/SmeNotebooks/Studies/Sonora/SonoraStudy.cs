namespace SmeNotebooks.Studies.Sonora;

/// <summary>The Sonora study: 116 IT and metalworking SMEs, an SPSS binary logistic regression of internationalization.</summary>
public static class SonoraStudy
{
    /// <summary>Its data folder (<c>data/sonora/</c>), notebook and reference.</summary>
    public static Study About { get; } = new("Sonora", "sonora", "01-sonora-innovation-internationalization",
        new Reference("Innovation capabilities and the internationalization of SMEs in Sonora, Mexico", null, null, null, null,
            "a survey of the COLEF-COLSON project \"Global Production Networks and local learning\", Conacyt No. 133596; the available text gives no authors, journal or year"),
        "do innovation capabilities make a small firm more likely to sell abroad?",
        "binary logistic regression, odds ratios and probabilities, classification tables, marginal effects, reconstructing data from published tables",
        "two sessions of 90 minutes");
}
