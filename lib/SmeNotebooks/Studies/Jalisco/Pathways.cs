using SmeNotebooks.Data;

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
        if (age < 0) throw new ArgumentException($"Firm {firm.Firm} was founded in {firm.FoundingYear}, after the observation year {year}.", nameof(year));
        int windowClose = firm.FoundingYear + WindowEnd;
        var (verdict, why) = (firm.Exports, firm.FirstExportYear) switch
        {
            (false, _) when age > WindowEnd => (BornGlobalVerdict.Excluded,
                $"no foreign sales at age {age}, although the window closed in {windowClose} ({WindowEnd} years after founding)"),
            (false, _) => (BornGlobalVerdict.StillPossible, $"no foreign sales yet, but at age {age} the window is open until {windowClose}"),
            (true, int first) when first - firm.FoundingYear is >= 0 and <= WindowStart => (BornGlobalVerdict.Consistent,
                $"exports began in {first}, {first - firm.FoundingYear} years after founding: within every deadline the paper cites"),
            (true, int first) when first - firm.FoundingYear is > WindowStart and <= WindowEnd => (BornGlobalVerdict.Consistent,
                $"exports began in {first}, {first - firm.FoundingYear} years after founding: within the {WindowEnd}-year deadline, " +
                $"beyond the strictest ({WindowStart} years)"),
            (true, int first) => (BornGlobalVerdict.Excluded, $"exports began in {first}, {first - firm.FoundingYear} years after founding — after the window"),
            (true, null) => (BornGlobalVerdict.Undetermined,
                $"exports {firm.ExportSharePercent:0}% of sales at age {age}, but the paper does not say when exports began; " +
                $"Born Global only if they began by {windowClose}"),
        };
        var (stage, stageWhy) = (firm.Exports, firm.ExportsViaIntermediary) switch
        {
            (false, _) => (UppsalaStage.NoRegularExports, "no international activity before the programme"),
            (true, true) => (UppsalaStage.IndependentRepresentative,
                $"regular exports ({firm.ExportSharePercent:0}% of sales{To(firm)}) handled by a third party"),
            (true, _) => (UppsalaStage.RegularExportsModeNotReported,
                $"regular exports ({firm.ExportSharePercent:0}% of sales{To(firm)}); the paper does not say through whom"),
        };
        return new PathwayAssessment(firm.Firm, age, verdict, why, stage, stageWhy);
    }

    /// <summary>A stage as a reader-facing label with its number on the chain ("1 — independent representative").</summary>
    public static string Describe(UppsalaStage stage) => stage switch
    {
        UppsalaStage.NoRegularExports => "0 — no regular exports",
        UppsalaStage.RegularExportsModeNotReported => "1 or later — regular exports, mode not reported",
        UppsalaStage.IndependentRepresentative => "1 — exports through an independent representative",
        UppsalaStage.SalesSubsidiary => "2 — sales subsidiary abroad",
        UppsalaStage.ProductionAbroad => "3 — production abroad",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not an Uppsala stage."),
    };

    private static string To(CaseFirm firm) => firm.ExportDestinationEn is { } d ? $" to {d}" : "";
}
