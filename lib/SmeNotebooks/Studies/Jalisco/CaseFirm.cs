using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>
/// One firm of a case study as the paper describes it (Jalisco paper, Tabla 1) plus the export-history evidence its
/// other tables give (data/jalisco/pathway-evidence.csv).
/// </summary>
/// <param name="Firm">The anonymised name ("A" … "E").</param>
/// <param name="Activity">Activity as printed (Spanish) and translated.</param>
/// <param name="FoundingYear">Year founded.</param>
/// <param name="Employees">Employees at the start of the programme.</param>
/// <param name="ExportSharePercent">Exports as a % of total sales before the programme (0: no international activity).</param>
/// <param name="ExportDestination">Where it exported, as printed (Spanish) and translated; null when it did not.</param>
/// <param name="ExportsViaIntermediary">True when a third party (agent, trading company) handles its exports; null when not reported.</param>
/// <param name="FirstExportYear">The year exports began, or null when the paper does not say.</param>
public sealed record CaseFirm(string Firm, Translated Activity, int FoundingYear, int Employees, double ExportSharePercent,
    Translated? ExportDestination, bool? ExportsViaIntermediary, int? FirstExportYear)
{
    /// <summary>Age in completed calendar years at <paramref name="year"/>: year − founding year.</summary>
    public int AgeAt(int year) => year - FoundingYear;

    /// <summary>True when the firm sold abroad before the programme.</summary>
    public bool Exports => ExportSharePercent > 0;
}
