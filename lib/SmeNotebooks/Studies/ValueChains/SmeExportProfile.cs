using SmeNotebooks.Data;

namespace SmeNotebooks.Studies.ValueChains;

/// <summary>One country of Table 1 of McDermott and Pietrobelli (2017) (after ECLAC 2014, p. 102), 2010, after cleaning.</summary>
/// <param name="Country">Country.</param>
/// <param name="SmeShareOfExportersPercent">SME exporters, % of all exporting firms.</param>
/// <param name="SmeShareOfExportValuePercent">SME exports, % of total exports.</param>
/// <param name="Markets">SMEs' main export markets (LA = Latin America, EU, US).</param>
public sealed record SmeExportProfile(string Country, double SmeShareOfExportersPercent, double SmeShareOfExportValuePercent, string Markets)
{
    /// <summary>How many times an average SME exporter's export sales the average large exporter's are (<see cref="ExportConcentration"/>).</summary>
    public double LargeToSmeExportsPerFirm => ExportConcentration.LargeToSmeExportsPerFirm(SmeShareOfExportersPercent, SmeShareOfExportValuePercent);
}
