using Microsoft.Data.Analysis;
using SmeNotebooks.Data;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>
/// The Jalisco study (seed 003: the ITESO-JALTRADE internationalization programme, five firms A-E, May-December
/// 2017; Revista Global de Negocios 6(5), 2018): its tables as tidy CSV in <c>data/jalisco/</c>, Spanish originals
/// beside English translations. Missing cells (Tabla 3 prints nothing for firms A and D) load as missing, never zero.
/// </summary>
public static class JaliscoData
{
    /// <summary>The year the programme ran, in which ages are measured.</summary>
    public const int ProgrammeYear = 2017;

    /// <summary>Loads a table of the study, e.g. <c>Table(folder, "table3-results.csv")</c>.</summary>
    public static DataFrame Table(string dataFolder, string file) => JaliscoStudy.About.Table(dataFolder, file);

    /// <summary>The facts the paper states in its text (market context, programme duration, firm profile, Born Global window).</summary>
    public static StatedFacts Facts(string dataFolder) => JaliscoStudy.About.Facts(dataFolder);

    /// <summary>The five firms: Tabla 1 joined with the export-history evidence of Tabla 2 and the action plans.</summary>
    public static IReadOnlyList<CaseFirm> Firms(string dataFolder)
    {
        var cases = Table(dataFolder, "table1-cases.csv");
        var evidence = Table(dataFolder, "pathway-evidence.csv");
        return Enumerable.Range(0, (int)cases.Rows.Count).Select(r =>
        {
            string firm = Rows.Text(cases, "firm", r);
            int e = Rows.Single(evidence, ("firm", firm));
            string via = Rows.Text(evidence, "exports_via_intermediary", e);
            double? first = Rows.OptionalNumber(evidence, "first_export_year", e);
            string destination = Rows.Text(cases, "export_destination_en", r);
            return new CaseFirm(firm, Rows.Text(cases, "activity_es", r), Rows.Text(cases, "activity_en", r),
                (int)Rows.Number(cases, "founding_year", r), (int)Rows.Number(cases, "employees", r),
                Rows.Number(cases, "initial_export_share_percent", r), destination.Length > 0 ? destination : null,
                via switch { "yes" => true, "no" => false, "" => null, _ => throw new InvalidDataException($"exports_via_intermediary for firm {firm} is '{via}'; expected yes, no or empty.") },
                first is { } year ? (int)year : null);
        }).ToArray();
    }

    /// <summary>Tabla 3, one record per firm; empty cells stay null.</summary>
    public static IReadOnlyList<CaseResult> Results(string dataFolder)
    {
        var table = Table(dataFolder, "table3-results.csv");
        return Enumerable.Range(0, (int)table.Rows.Count).Select(r => new CaseResult(Rows.Text(table, "firm", r),
            Rows.OptionalNumber(table, "profit_increase_percent", r), Rows.OptionalNumber(table, "capacity_increase_percent", r),
            Rows.OptionalNumber(table, "export_increase_percent", r), Rows.Text(table, "international_change_es", r),
            Rows.Text(table, "international_change_en", r))).ToArray();
    }

    /// <summary>The intervention period of each firm, from Tabla 1's start and end months.</summary>
    public static IReadOnlyDictionary<string, InterventionPeriod> Periods(string dataFolder)
    {
        var cases = Table(dataFolder, "table1-cases.csv");
        return Enumerable.Range(0, (int)cases.Rows.Count).ToDictionary(r => Rows.Text(cases, "firm", r),
            r => InterventionPeriod.Parse(Rows.Text(cases, "intervention_start", r), Rows.Text(cases, "intervention_end", r)));
    }
}
