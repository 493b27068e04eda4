using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>
/// One firm of a case study as the paper describes it (Jalisco paper, Tabla 1) plus the export-history evidence its
/// other tables give (data/jalisco/pathway-evidence.csv).
/// </summary>
/// <param name="Firm">The anonymised name ("A" … "E").</param>
/// <param name="ActivityEs">Activity as printed (Spanish).</param>
/// <param name="ActivityEn">Activity in English.</param>
/// <param name="FoundingYear">Year founded.</param>
/// <param name="Employees">Employees at the start of the programme.</param>
/// <param name="ExportSharePercent">Exports as a % of total sales before the programme (0: no international activity).</param>
/// <param name="ExportDestinationEs">Where it exported, as printed (Spanish), or null.</param>
/// <param name="ExportDestinationEn">Where it exported, in English, or null.</param>
/// <param name="ExportsViaIntermediary">True when a third party (agent, trading company) handles its exports; null when not reported.</param>
/// <param name="FirstExportYear">The year exports began, or null when the paper does not say.</param>
public sealed record CaseFirm(string Firm, string ActivityEs, string ActivityEn, int FoundingYear, int Employees, double ExportSharePercent,
    string? ExportDestinationEs, string? ExportDestinationEn, bool? ExportsViaIntermediary, int? FirstExportYear)
{
    /// <summary>Age in completed calendar years at <paramref name="year"/>: year − founding year.</summary>
    public int AgeAt(int year) => year - FoundingYear;

    /// <summary>Where it exported in the reader's language (the paper's Spanish, or the English translation), or null.</summary>
    public string? ExportDestination => Bilingual.ReaderIsSpanish ? ExportDestinationEs : ExportDestinationEn;

    /// <summary>True when the firm sold abroad before the programme.</summary>
    public bool Exports => ExportSharePercent > 0;
}
