using Microsoft.Data.Analysis;
using SmeNotebooks.Data;

namespace SmeNotebooks.Tests.Coverage;

/// <summary>
/// The coverage report (issue 25): every printed number of the four papers with what holds it, built by checking
/// each statement (<see cref="CoverageLedger"/>), and written as data/coverage.csv for the rendered site's page.
/// </summary>
public static class CoverageReport
{
    /// <summary>The committed report's file name in the data folder.</summary>
    public const string File = "coverage.csv";

    /// <summary>A ledger with every paper's statements made and checked.</summary>
    public static CoverageLedger Build(string dataFolder)
    {
        var ledger = new CoverageLedger(dataFolder);
        SonoraCoverage.Hold(ledger, dataFolder);
        KnowledgeIntensiveCoverage.Hold(ledger, dataFolder);
        ValueChainsCoverage.Hold(ledger);
        JaliscoCoverage.Hold(ledger, dataFolder);
        return ledger;
    }

    /// <summary>The state's name in the report: "inconsistent", "recomputed", "identity", "not checkable".</summary>
    public static string Name(HoldingState state) => state == HoldingState.NotCheckable ? "not checkable" : state.ToString().ToLowerInvariant();

    /// <summary>The report as CSV (data/README.md): study, table, file, row, column, printed (as printed), quoted_from (the source a quoted number comes from; empty for the paper's own), state, how.</summary>
    public static string ToCsv(CoverageLedger ledger)
    {
        var numbers = ledger.Numbers;
        StringDataFrameColumn Column(string name, Func<PrintedNumber, string> value) => new(name, numbers.Select(value));
        var frame = new DataFrame(
            Column("study", n => n.Study), Column("table", n => n.Table), Column("file", n => n.File), Column("row", n => n.Row), Column("column", n => n.Column),
            Column("printed", n => n.Printed), Column("quoted_from", n => n.QuotedFrom ?? ""),
            Column("state", n => ledger.HoldingOf(n) is { } h ? Name(h.State) : ""), Column("how", n => ledger.HoldingOf(n)?.How ?? ""));
        return CsvData.ToCsv(frame);
    }
}
