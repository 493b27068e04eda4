using Microsoft.Data.Analysis;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>
/// The Jalisco study (the ITESO-JALTRADE internationalization programme, five firms A-E, May-December
/// 2017; Revista Global de Negocios 6(5), 2018): its tables as tidy CSV in <c>data/jalisco/</c>, Spanish originals
/// beside English translations. Missing cells (Tabla 3 prints nothing for firms A and D) load as missing, never zero.
/// </summary>
public static class JaliscoData
{
    /// <summary>The year the programme ran, in which ages are measured.</summary>
    public const int ProgrammeYear = 2017;

    /// <summary>Loads a table of the study, e.g. <c>Load(folder, "table3-results.csv")</c>.</summary>
    public static DataFrame Load(string dataFolder, string file) => JaliscoStudy.About.Load(dataFolder, file);

    /// <summary>The English labels the study's data carry beside the paper's Spanish — the units and cited sources of <c>stated-facts.csv</c> — in the reader's language (see <see cref="DataLabels"/>).</summary>
    public static DataLabels Labels { get; } = JaliscoStudy.About.Labels;

    /// <summary>The facts the paper states in its text (market context, programme duration, firm profile, Born Global window).</summary>
    public static StatedFacts Facts(string dataFolder) => JaliscoStudy.About.Facts(dataFolder);

    /// <summary>The five firms: Tabla 1 joined with the export-history evidence of Tabla 2 and the action plans.</summary>
    public static IReadOnlyList<CaseFirm> Firms(string dataFolder)
    {
        var cases = Load(dataFolder, "table1-cases.csv");
        var evidence = Load(dataFolder, "pathway-evidence.csv");
        return Enumerable.Range(0, (int)cases.Rows.Count).Select(r =>
        {
            string firm = Lookup.Text(cases, "firm", r);
            int e = Lookup.Single(evidence, ("firm", firm));
            string via = Lookup.Text(evidence, "exports_via_intermediary", e);
            double? first = Lookup.OptionalNumber(evidence, "first_export_year", e);
            return new CaseFirm(firm, Translated.Read(cases, "activity", r)!,
                (int)Lookup.Number(cases, "founding_year", r), (int)Lookup.Number(cases, "employees", r),
                Lookup.Number(cases, "initial_export_share_percent", r), Translated.Read(cases, "export_destination", r),
                via switch { "yes" => true, "no" => false, "" => null, _ => throw new InvalidDataException(Localized.Format(JaliscoStrings.Error_ViaIntermediary, firm, via)) },
                first is { } year ? (int)year : null);
        }).ToArray();
    }

    /// <summary>Tabla 3, one record per firm; empty cells stay null.</summary>
    public static IReadOnlyList<CaseResult> Results(string dataFolder)
    {
        var table = Load(dataFolder, "table3-results.csv");
        return Enumerable.Range(0, (int)table.Rows.Count).Select(r => new CaseResult(Lookup.Text(table, "firm", r),
            Lookup.OptionalNumber(table, "profit_increase_percent", r), Lookup.OptionalNumber(table, "capacity_increase_percent", r),
            Lookup.OptionalNumber(table, "export_increase_percent", r), Lookup.Text(table, "international_change_es", r),
            Lookup.Text(table, "international_change_en", r))).ToArray();
    }

    /// <summary>The intervention period of each firm, from Tabla 1's start and end months.</summary>
    public static IReadOnlyDictionary<string, InterventionPeriod> Periods(string dataFolder)
    {
        var cases = Load(dataFolder, "table1-cases.csv");
        return Enumerable.Range(0, (int)cases.Rows.Count).ToDictionary(r => Lookup.Text(cases, "firm", r),
            r => InterventionPeriod.Parse(Lookup.Text(cases, "intervention_start", r), Lookup.Text(cases, "intervention_end", r)));
    }
}
