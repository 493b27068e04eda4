using SmeNotebooks.Cleaning;

namespace SmeNotebooks.Tests.Coverage;

/// <summary>What holds each number the value-chain chapter (McDermott and Pietrobelli 2017) prints (data/gvc-latam/).</summary>
public static class ValueChainsCoverage
{
    private const string Folder = "gvc-latam";
    private const string Exporters = "SME exporters (% of total export firms)";
    private const string ExportValue = "SME exports (% of total exports)";

    public static void Hold(CoverageLedger ledger)
    {
        PrintedNumber N(string file, string row, string column) => ledger[Folder, file, row, column];
        PrintedNumber Fact(string key) => N("stated-facts.csv", key, "low");

        // p. 316: the text quotes three undamaged Table 1 values, at its whole percent.
        foreach (var (key, country, indicator) in new[] { ("peru_sme_exporters", "Peru", Exporters), ("chile_sme_exporters", "Chile", Exporters), ("chile_sme_export_value", "Chile", ExportValue) })
            ledger.Identity([Fact(key), N("table1-raw.csv", indicator, country)], Fact(key).IsPrintedAs(N("table1-raw.csv", indicator, country).Value), "the text quotes Table 1's value, at its whole percent");

        // Table 1: Peru's SME export value prints 33 where the text says 3.3%, and its shape differs from the row's one decimal.
        var row = ledger.In(Folder, "table1-raw.csv", where: n => n.Row == ExportValue);
        var peru = N("table1-raw.csv", ExportValue, "Peru");
        ledger.Inconsistent([peru, Fact("peru_sme_export_value")], peru.Value != Fact("peru_sme_export_value").Value
            && NumberShape.Unusual([.. row.Select(n => n.Printed)]).Select(u => row[u.Index]).SequenceEqual([peru]),
            $"the text prints {Fact("peru_sme_export_value").Printed}% where Table 1 prints {peru.Printed}, the row's only value without a decimal: a lost decimal point");

        // Fig. 1: the growth rates whose shape differs from their column's (a lost decimal point), and South Asia's unreadable participation.
        foreach (string column in new[] { "first_column_raw", "second_column_raw" })
        {
            var cells = ledger.In(Folder, "fig1-raw.csv", column);
            foreach (var (index, _, _) in NumberShape.Unusual([.. cells.Select(c => c.Printed)]))
            {
                if (double.IsNaN(cells[index].Value))
                    ledger.NotCheckable([cells[index]], "damaged in the available text and unrecoverable (corrections.csv)");
                else
                    ledger.Inconsistent([cells[index]], true, "its shape differs from every other value of its column (NumberShape): damaged in the available text (corrections.csv)");
            }
        }

        ledger.NotCheckable(ledger.In(Folder, "fig1-raw.csv", where: n => ledger.HoldingOf(n) is null).Concat(ledger.In(Folder, "table1-raw.csv", where: n => ledger.HoldingOf(n) is null)),
            "quoted from another source (the table's source line), printed once; keyed twice (second-entry.txt)");
        ledger.NotCheckable(ledger.In(Folder, "stated-facts.csv", where: n => n.Cited && ledger.HoldingOf(n) is null),
            "quoted from another source (stated-facts.csv names it); the chapter gives nothing to check it against");
        ledger.NotCheckable([Fact("eu_sme_export_value")], "the chapter's own estimate (about half), printed once");
    }
}
