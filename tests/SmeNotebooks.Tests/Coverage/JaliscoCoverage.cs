using System.Globalization;
using System.Text.RegularExpressions;
using SmeNotebooks.Data;

namespace SmeNotebooks.Tests.Coverage;

/// <summary>What holds each number the Jalisco paper prints (data/jalisco/).</summary>
public static class JaliscoCoverage
{
    private const string Folder = "jalisco";

    public static void Hold(CoverageLedger ledger, string dataFolder)
    {
        PrintedNumber N(string file, string row, string column) => ledger[Folder, file, row, column];
        PrintedNumber Fact(string key) => N("stated-facts.csv", key, "low");

        // Tabla 1 and Tabla 3: a share is the percentage its own printed Spanish cell gives, 0 where it says there was none.
        foreach (var (file, column, text) in new[] { ("table1-cases.csv", "initial_export_share_percent", "initial_internationalization_es"), ("table3-results.csv", "export_increase_percent", "international_change_es") })
        {
            string path = Path.Combine(dataFolder, Folder, file);
            var firms = CsvData.Texts(path, "firm");
            var cells = CsvData.Texts(path, text);
            foreach (var share in ledger.In(Folder, file, column))
            {
                string cell = cells[Array.IndexOf(firms, share.Row)];
                var percent = Regex.Match(cell, @"(\d+)%");
                double stated = percent.Success ? double.Parse(percent.Groups[1].Value, CultureInfo.InvariantCulture) : cell == "Sin actividad internacional" ? 0 : double.NaN;
                ledger.Identity([share], share.Value == stated, "the percentage the table's own Spanish cell prints (none: 0)");
            }
        }

        // The first stage lasted seven months: Tabla 1's intervention period, May to December 2017, for every firm.
        string cases = Path.Combine(dataFolder, Folder, "table1-cases.csv");
        var months = CsvData.Texts(cases, "intervention_start").Zip(CsvData.Texts(cases, "intervention_end"), (start, end) =>
            (DateTime.ParseExact(end, "yyyy-MM", CultureInfo.InvariantCulture) - DateTime.ParseExact(start, "yyyy-MM", CultureInfo.InvariantCulture)).Days / 30);
        ledger.Identity([Fact("programme_first_stage_months")], months.All(m => m == Fact("programme_first_stage_months").Value), $"Tabla 1's intervention periods, {string.Join(", ", CsvData.Texts(cases, "intervention_start").Zip(CsvData.Texts(cases, "intervention_end"), (start, end) => $"{start} to {end}").Distinct())}");

        ledger.NotCheckable([.. ledger.In(Folder, "table1-cases.csv", "founding_year"), .. ledger.In(Folder, "table1-cases.csv", "employees"),
            .. ledger.In(Folder, "table3-results.csv", "profit_increase_percent"), .. ledger.In(Folder, "table3-results.csv", "capacity_increase_percent")],
            "the case firms' own figures, printed once; the paper gives no data behind them");
        ledger.NotCheckable([Fact("intervention_stage_planned_months"), Fact("firm_profile_minimum_age"), Fact("firm_profile_maximum_employees")], "a rule of the programme's design, stated once");
        ledger.NotCheckable(ledger.In(Folder, "stated-facts.csv", where: n => n.Cited && ledger.HoldingOf(n) is null),
            "quoted from another source (stated-facts.csv names it); the paper gives nothing to check it against");
    }
}
