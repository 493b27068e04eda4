using SmeNotebooks.Exercises;

namespace SmeNotebooks.Studies.ValueChains;

/// <summary>The value-chain notebook's checkable exercises, each solved from the chapter's cleaned tables and stated facts.</summary>
public static class ValueChainsExercises
{
    /// <summary>Exercise 1: the Table 1 country whose SMEs' share of export value is closest to the EU's (stated in the text), named in English or Spanish.</summary>
    public static Exercise Exercise1(string dataFolder)
    {
        double eu = GvcData.Facts(dataFolder)["eu_sme_export_value"].Value;
        var closest = GvcData.Table1(dataFolder).MinBy(c => Math.Abs(c.SmeShareOfExportValuePercent - eu))!;
        return Exercise.OneOf(1, closest.Country, ValueChainsStrings.Exercise1_Hint, [.. PlaceNames.InEveryLanguage(closest.Country)]);
    }

    /// <summary>
    /// Exercise 2: Peru's large-to-SME export sales per firm if the extraction's value of SMEs' share of export value
    /// (table1-raw.csv) had been kept uncorrected (<see cref="ExportConcentration.LargeToSmeExportsPerFirm"/>). One decimal: tolerance 0.05.
    /// </summary>
    public static Exercise Exercise2(string dataFolder)
    {
        var peru = GvcData.Table1(dataFolder).Single(c => c.Country == "Peru");
        var raw = GvcData.Load(dataFolder, "table1-raw.csv");
        double extracted = GvcData.Percent(Data.Lookup.Text(raw, "Peru", Data.Lookup.Single(raw, ("indicator", "SME exports (% of total exports)"))))!.Value;
        return Exercise.Numeric(2, ExportConcentration.LargeToSmeExportsPerFirm(peru.SmeShareOfExportersPercent, extracted), 0.05,
            ValueChainsStrings.Exercise2_Hint);
    }

    /// <summary>
    /// Exercise 3: Chile's exporting firms implied by its SME exporters (text) and SMEs' share of exporters (Table 1):
    /// SME exporters / share. Tolerance 1 firm.
    /// </summary>
    public static Exercise Exercise3(string dataFolder)
    {
        var chile = GvcData.Table1(dataFolder).Single(c => c.Country == "Chile");
        return Exercise.Numeric(3, GvcData.Facts(dataFolder)["chile_sme_direct_exporters"].Value / (chile.SmeShareOfExportersPercent / 100), 1,
            ValueChainsStrings.Exercise3_Hint);
    }
}
