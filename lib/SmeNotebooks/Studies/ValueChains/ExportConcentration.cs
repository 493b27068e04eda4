using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.ValueChains;

/// <summary>
/// Output per unit of one group relative to the rest, from the group's shares: if SMEs make a share s_Y of output with
/// a share s_L of the units (workers, exporting firms), the average SME unit makes (s_Y/s_L) / ((1 − s_Y)/(1 − s_L))
/// times what the average unit of the rest makes. Two uses in McDermott and Pietrobelli (2017): SMEs' labour
/// productivity relative to large firms (p. 312, after IDB 2014), and the "many exporters, little value" gap (Table 1,
/// after ECLAC 2014), its reciprocal.
/// </summary>
public static class ExportConcentration
{
    /// <summary>
    /// Output per unit of the group relative to the rest, (s_Y/s_L) / ((1 − s_Y)/(1 − s_L)); both shares in %
    /// (strictly between 0 and 100).
    /// </summary>
    public static double RelativeOutputPerUnit(double shareOfOutputPercent, double shareOfUnitsPercent)
    {
        Require(shareOfOutputPercent, nameof(shareOfOutputPercent));
        Require(shareOfUnitsPercent, nameof(shareOfUnitsPercent));
        double y = shareOfOutputPercent / 100, l = shareOfUnitsPercent / 100;
        return y / l / ((1 - y) / (1 - l));
    }

    /// <summary>
    /// How many times the average SME exporter's export sales the average large exporter's are: the reciprocal of
    /// <see cref="RelativeOutputPerUnit"/> with SMEs' share of export value v and of exporters n, ((1 − v)/(1 − n)) / (v/n).
    /// </summary>
    public static double LargeToSmeExportsPerFirm(double smeShareOfExportersPercent, double smeShareOfExportValuePercent)
    {
        Require(smeShareOfExportersPercent, nameof(smeShareOfExportersPercent));
        Require(smeShareOfExportValuePercent, nameof(smeShareOfExportValuePercent));
        return 1 / RelativeOutputPerUnit(smeShareOfExportValuePercent, smeShareOfExportersPercent);
    }

    private static void Require(double percent, string parameter)
    {
        if (!(percent > 0 && percent < 100)) throw new ArgumentOutOfRangeException(parameter, percent, Localized.Format(ValueChainsStrings.Error_PercentRange, parameter));
    }
}
