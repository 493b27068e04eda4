using SmeNotebooks.Data;

namespace SmeNotebooks.Studies.ValueChains;

/// <summary>
/// The "many exporters, little value" gap (McDermott and Pietrobelli 2017, Table 1 after ECLAC 2014): from SMEs'
/// share of exporting firms n and of export value v, the average large exporter sells
/// ((1 − v)/(1 − n)) / (v/n) times as much abroad as the average SME exporter.
/// </summary>
public static class ExportConcentration
{
    /// <summary>
    /// How many times the average SME exporter's export sales the average large exporter's are; both shares in %
    /// (strictly between 0 and 100).
    /// </summary>
    public static double LargeToSmeExportsPerFirm(double smeShareOfExportersPercent, double smeShareOfExportValuePercent)
    {
        Require(smeShareOfExportersPercent, "SMEs' share of exporters");
        Require(smeShareOfExportValuePercent, "SMEs' share of export value");
        double n = smeShareOfExportersPercent / 100, v = smeShareOfExportValuePercent / 100;
        return (1 - v) / (1 - n) / (v / n);
    }

    private static void Require(double percent, string what)
    {
        if (!(percent > 0 && percent < 100)) throw new ArgumentOutOfRangeException(what, percent, $"{what} must lie strictly between 0 and 100 %.");
    }
}
