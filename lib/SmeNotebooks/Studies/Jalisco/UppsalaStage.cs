using SmeNotebooks.Data;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>
/// The Uppsala model's establishment chain, as the Jalisco paper lists it after Johanson and Wiedersheim-Paul (1975):
/// no regular exports → exports through an independent representative (agent) → a sales subsidiary → production
/// abroad. <see cref="RegularExportsModeNotReported"/> marks a firm that exports regularly when the paper does not say
/// through whom, so it is at stage 1 or beyond.
/// </summary>
public enum UppsalaStage
{
    /// <summary>Stage 0: no regular export activity.</summary>
    NoRegularExports,

    /// <summary>Exports regularly; the mode (own sales, agent) is not reported — stage 1 or later.</summary>
    RegularExportsModeNotReported,

    /// <summary>Stage 1: exports through an independent representative (an agent or trading company).</summary>
    IndependentRepresentative,

    /// <summary>Stage 2: a sales subsidiary abroad.</summary>
    SalesSubsidiary,

    /// <summary>Stage 3: production abroad.</summary>
    ProductionAbroad,
}
