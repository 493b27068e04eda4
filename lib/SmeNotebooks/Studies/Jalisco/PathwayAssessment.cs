using SmeNotebooks.Data;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>Where one firm stands under the two internationalization theories the Jalisco paper uses, with the reasoning.</summary>
/// <param name="Firm">The firm.</param>
/// <param name="Age">Its age in the observation year.</param>
/// <param name="BornGlobal">The Born Global verdict.</param>
/// <param name="BornGlobalReason">Why, in one sentence with the numbers.</param>
/// <param name="Uppsala">Its stage on the Uppsala establishment chain.</param>
/// <param name="UppsalaReason">Why, in one sentence with the evidence.</param>
public sealed record PathwayAssessment(string Firm, int Age, BornGlobalVerdict BornGlobal, string BornGlobalReason, UppsalaStage Uppsala, string UppsalaReason);
