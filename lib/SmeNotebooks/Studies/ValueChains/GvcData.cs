using System.Globalization;
using Microsoft.Data.Analysis;
using SmeNotebooks.Cleaning;
using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.ValueChains;

/// <summary>
/// The value-chain study (McDermott and Pietrobelli 2017): Fig. 1 and Table 1 exactly as the text
/// extraction printed them (<c>fig1-raw.csv</c>, <c>table1-raw.csv</c>), the corrections log that repairs them
/// (<c>corrections.csv</c>), the cleaned tables computed by applying the log, and the facts stated in the text.
/// </summary>
public static class GvcData
{
    /// <summary>The file of cleaned Fig. 1 values (written by the tools, checked by a test).</summary>
    public const string Figure1File = "fig1-participation.csv";

    /// <summary>The file of cleaned Table 1 values (written by the tools, checked by a test).</summary>
    public const string Table1File = "table1-sme-export-indicators.csv";

    /// <summary>Loads a file of the study.</summary>
    public static DataFrame Load(string dataFolder, string file) => ValueChainsStudy.About.Load(dataFolder, file);

    /// <summary>The chapter's labels — regions and countries, Table 1's indicators, the corrections log's reasons and verdicts — in the reader's language; the data keep the chapter's English (see <see cref="DataLabels"/>).</summary>
    public static DataLabels Labels { get; } = ValueChainsStudy.About.Labels;

    /// <summary>The corrections log.</summary>
    public static CorrectionLog Corrections(string dataFolder) => CorrectionLog.Load(Path.Combine(ValueChainsStudy.About.DataFolder(dataFolder), "corrections.csv"));

    /// <summary>The facts stated in the chapter's text and notes, each with its page and sentence.</summary>
    public static StatedFacts Facts(string dataFolder) => ValueChainsStudy.About.Facts(dataFolder);

    /// <summary>Fig. 1's rows after the corrections log: labels repaired, growth rates' decimal points restored, the unrecoverable value missing.</summary>
    public static IReadOnlyList<RegionParticipation> Figure1(string dataFolder)
    {
        var raw = Load(dataFolder, "fig1-raw.csv");
        var log = Corrections(dataFolder);
        return Enumerable.Range(0, (int)raw.Rows.Count).Select(r =>
        {
            string region = log.Apply("fig1", Lookup.Text(raw, "region", r), "region", Lookup.Text(raw, "region_raw", r))!;
            if (region != Lookup.Text(raw, "region", r))
                throw new InvalidDataException(Localized.Format(ValueChainsStrings.Error_RegionLog, r + 1, Lookup.Text(raw, "region_raw", r), region, Lookup.Text(raw, "region", r)));
            return new RegionParticipation(region, Lookup.Text(raw, "group", r),
                Percent(log.Apply("fig1", region, "first_column", Lookup.Text(raw, "first_column_raw", r))),
                Percent(log.Apply("fig1", region, "second_column", Lookup.Text(raw, "second_column_raw", r))));
        }).ToArray();
    }

    /// <summary>Table 1's countries after the corrections log.</summary>
    public static IReadOnlyList<SmeExportProfile> Table1(string dataFolder)
    {
        var raw = Load(dataFolder, "table1-raw.csv");
        var log = Corrections(dataFolder);
        string Cell(string indicator, string country) =>
            log.Apply("table1", country, indicator, Lookup.Text(raw, country, Lookup.Single(raw, ("indicator", indicator))))
            ?? throw new InvalidDataException(Localized.Format(ValueChainsStrings.Error_Unrecoverable, indicator, country));
        return raw.Columns.Skip(1).Select(c => c.Name).Select(country => new SmeExportProfile(country,
            Percent(Cell("SME exporters (% of total export firms)", country))!.Value,
            Percent(Cell("SME exports (% of total exports)", country))!.Value,
            Cell("SME export markets", country))).ToArray();
    }

    /// <summary>Fig. 1 cleaned, as a DataFrame (missing stays missing).</summary>
    public static DataFrame Figure1Frame(string dataFolder)
    {
        var rows = Figure1(dataFolder);
        return new DataFrame(
            new StringDataFrameColumn("region", rows.Select(r => r.Region)),
            new StringDataFrameColumn("group", rows.Select(r => r.Group)),
            new DoubleDataFrameColumn("participation_percent", rows.Select(r => r.ParticipationPercent)),
            new DoubleDataFrameColumn("growth_2005_2010_percent", rows.Select(r => r.GrowthPercent)));
    }

    /// <summary>Table 1 cleaned, as a DataFrame.</summary>
    public static DataFrame Table1Frame(string dataFolder)
    {
        var rows = Table1(dataFolder);
        return new DataFrame(
            new StringDataFrameColumn("country", rows.Select(r => r.Country)),
            new DoubleDataFrameColumn("sme_exporters_percent", rows.Select(r => r.SmeShareOfExportersPercent)),
            new DoubleDataFrameColumn("sme_export_value_percent", rows.Select(r => r.SmeShareOfExportValuePercent)),
            new StringDataFrameColumn("sme_export_markets", rows.Select(r => r.Markets)));
    }

    /// <summary>"57%" or "4.5" as 57 or 4.5; null for a missing (unrecoverable) value; throws on anything else.</summary>
    public static double? Percent(string? text) => text switch
    {
        null => null,
        _ when double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw new InvalidDataException(Localized.Format(ValueChainsStrings.Error_NotPercentage, text)),
    };
}
