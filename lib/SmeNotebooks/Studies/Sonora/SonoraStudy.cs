namespace SmeNotebooks.Studies.Sonora;

/// <summary>The Sonora study: 116 IT and metalworking SMEs, an SPSS binary logistic regression of internationalization.</summary>
public static class SonoraStudy
{
    /// <summary>Its data folder (<c>data/sonora/</c>), notebook and reference; the words in the reader's language.</summary>
    public static Study About => new("Sonora", "sonora", "01-sonora-innovation-internationalization",
        new Reference("Innovation capabilities and the internationalization of SMEs in Sonora, Mexico", null, null, null, null,
            SonoraStrings.Study_Note),
        SonoraStrings.Study_Question, SonoraStrings.Study_Methods, SonoraStrings.Study_ClassTime);
}
