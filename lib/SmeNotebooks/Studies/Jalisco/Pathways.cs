using System.Globalization;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>
/// Places a case firm under the Uppsala (gradual) and Born Global (early) theories from its founding year and export
/// history. The Born Global window — internationalization between two and six years after founding — is the one the
/// Jalisco paper adopts (Revisión de literatura, after McDougall and Oviatt 1994, 2000; Knight and Cavusgil 1996;
/// Rennie 1993). The paper also counts firms that sell abroad "from their founding or near it" (Knight 1997), so the
/// window is read as the span of the authors' deadlines: exports that began by year <see cref="WindowStart"/> fit
/// every definition, by year <see cref="WindowEnd"/> only the widest; later, none.
/// </summary>
public static class Pathways
{
    /// <summary>The strictest deadline the paper cites, in years from founding: exports by then make a Born Global under every definition.</summary>
    public const int WindowStart = 2;

    /// <summary>The widest deadline the paper cites, in years from founding: exports after it exclude a Born Global.</summary>
    public const int WindowEnd = 6;

    /// <summary>Assesses <paramref name="firm"/> as observed in <paramref name="year"/> (the programme's year, 2017).</summary>
    public static PathwayAssessment Assess(CaseFirm firm, int year)
    {
        int age = firm.AgeAt(year);
        if (age < 0) throw new ArgumentException(Localized.Format(JaliscoStrings.Error_FoundedAfter, firm.Firm, firm.FoundingYear, year), nameof(year));
        int windowClose = firm.FoundingYear + WindowEnd;
        var (verdict, why) = (firm.Exports, firm.FirstExportYear) switch
        {
            (false, _) when age > WindowEnd => (BornGlobalVerdict.Excluded,
                Localized.Format(JaliscoStrings.Pathway_ExcludedNoExports, age, windowClose, WindowEnd)),
            (false, _) => (BornGlobalVerdict.StillPossible, Localized.Format(JaliscoStrings.Pathway_StillPossible, age, windowClose)),
            (true, int first) when first - firm.FoundingYear is >= 0 and <= WindowStart => (BornGlobalVerdict.Consistent,
                Localized.Format(JaliscoStrings.Pathway_EarliestDeadline, first, first - firm.FoundingYear)),
            (true, int first) when first - firm.FoundingYear is > WindowStart and <= WindowEnd => (BornGlobalVerdict.Consistent,
                Localized.Format(JaliscoStrings.Pathway_WidestDeadline, first, first - firm.FoundingYear, WindowEnd, WindowStart)),
            (true, int first) => (BornGlobalVerdict.Excluded, Localized.Format(JaliscoStrings.Pathway_AfterWindow, first, first - firm.FoundingYear)),
            (true, null) => (BornGlobalVerdict.Undetermined,
                Localized.Format(JaliscoStrings.Pathway_Undetermined, firm.ExportSharePercent.ToString("0", CultureInfo.InvariantCulture), age, windowClose)),
        };
        var (stage, stageWhy) = (firm.Exports, firm.ExportsViaIntermediary) switch
        {
            (false, _) => (UppsalaStage.NoRegularExports, JaliscoStrings.Pathway_NoActivity),
            (true, true) => (UppsalaStage.IndependentRepresentative,
                Localized.Format(JaliscoStrings.Pathway_ViaThirdParty, firm.ExportSharePercent.ToString("0", CultureInfo.InvariantCulture), To(firm))),
            (true, _) => (UppsalaStage.RegularExportsModeNotReported,
                Localized.Format(JaliscoStrings.Pathway_ModeNotReported, firm.ExportSharePercent.ToString("0", CultureInfo.InvariantCulture), To(firm))),
        };
        return new PathwayAssessment(firm.Firm, age, verdict, why, stage, stageWhy);
    }

    /// <summary>A Born Global verdict as a reader-facing word ("excluded", "undetermined", …), in the reader's language.</summary>
    public static string Describe(BornGlobalVerdict verdict) => verdict switch
    {
        BornGlobalVerdict.Excluded => JaliscoStrings.Verdict_Excluded,
        BornGlobalVerdict.StillPossible => JaliscoStrings.Verdict_StillPossible,
        BornGlobalVerdict.Undetermined => JaliscoStrings.Verdict_Undetermined,
        BornGlobalVerdict.Consistent => JaliscoStrings.Verdict_Consistent,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>A stage as a reader-facing label with its number on the chain ("1 — exports through an independent representative"), in the reader's language.</summary>
    public static string Describe(UppsalaStage stage) => stage switch
    {
        UppsalaStage.NoRegularExports => JaliscoStrings.Stage_None,
        UppsalaStage.RegularExportsModeNotReported => JaliscoStrings.Stage_ModeNotReported,
        UppsalaStage.IndependentRepresentative => JaliscoStrings.Stage_Representative,
        UppsalaStage.SalesSubsidiary => JaliscoStrings.Stage_Subsidiary,
        UppsalaStage.ProductionAbroad => JaliscoStrings.Stage_Production,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, JaliscoStrings.Error_NotUppsalaStage),
    };

    private static string To(CaseFirm firm) => firm.ExportDestination?.ForReader is { } d ? Localized.Format(JaliscoStrings.Pathway_To, d) : "";
}
