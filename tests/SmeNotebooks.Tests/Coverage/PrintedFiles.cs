namespace SmeNotebooks.Tests.Coverage;

/// <summary>
/// Every file of <c>data/</c> that stores numbers the four papers print, and where in each the printed numbers are.
/// Left out: the synthetic firm files (reconstructed, not printed), the value-chain chapter's cleaned files (its raw
/// files with the corrections applied: the raw files are what it prints) and its corrections log, and columns that
/// number or code rows rather than print results (SPSS codes, SCIAN classes, item numbers).
/// </summary>
public static class PrintedFiles
{

    private static readonly string[] Facts = ["low", "high"];
    private static readonly string[] Statistics = ["R2", "F", "DW"];

    public static IReadOnlyList<PrintedFile> All { get; } =
    [
        new("sonora", "sampling-frame.csv", "Text", ["activity"], ["frame_units", "sample_firms"]),
        new("sonora", "stated-facts.csv", "Text", ["key"], Facts),
        new("sonora", "table1-inegi-size-classes.csv", "Table 1", ["size_class", "sector"], ["min_employees", "max_employees"], QuotedFrom: "INEGI (2011), Economic Census 2009"),
        new("sonora", "table2-step0.csv", "Table 2", ["term"], ["B", "SE", "Wald", "df", "Sig", "ExpB"]),
        new("sonora", "table3-classification.csv", "Table 3", ["observed"], ["predicted_no", "predicted_yes", "percent_correct"]),
        new("sonora", "table4-variables-in-equation.csv", "Table 4", ["term"], ["B", "SE", "Wald", "df", "Sig", "ExpB", "CI_lower", "CI_upper"]),
        new("sonora", "table5-predicted-probabilities.csv", "Table 5", ["size", "capabilities", "activity"], ["probability"]),

        new("knowledge-intensive", "stated-facts.csv", "Text", ["key"], Facts),
        new("knowledge-intensive", "table1-scian-classes-by-region.csv", "Table 1", ["scian_class", "region"], ["firms"]),
        new("knowledge-intensive", "table2-sample-by-activity-and-area.csv", "Table 2", ["activity", "area"], ["firms"]),
        new("knowledge-intensive", "table3-collaboration.csv", "Table 3", ["partner", "frequency"], ["percent"]),
        new("knowledge-intensive", "table4-education-by-area.csv", "Table 4", ["qualification", "area"], ["percent", "firms_printed"]),
        new("knowledge-intensive", "table5-entrepreneur-profile-by-area.csv", "Table 5", ["measure", "area"], ["value"]),
        new("knowledge-intensive", "table6-learning-actions.csv", "Table 6", ["action", "frequency"], ["percent"]),
        new("knowledge-intensive", "table7-ris-relations.csv", "Table 7", ["relation"], ["percent"]),
        new("knowledge-intensive", "table8-innovation-by-area.csv", "Table 8", ["innovated", "area"], ["percent"]),
        new("knowledge-intensive", "table9-exponential-model.csv", "Table 9", ["model", "term"], ["coefficient", "t"]),
        new("knowledge-intensive", "table9-model-statistics.csv", "Table 9", ["statistic"], ["value"], Statistics.Contains),
        new("knowledge-intensive", "table10-logistic-regression.csv", "Table 10", ["term"], ["B", "SE", "Wald", "df", "Sig", "ExpB"]),
        new("knowledge-intensive", "table11-adjusted-model.csv", "Table 11", ["term"], ["coefficient", "SE", "t"]),
        new("knowledge-intensive", "table11-model-statistics.csv", "Table 11", ["statistic"], ["value"], Statistics.Contains),

        new("gvc-latam", "stated-facts.csv", "Text", ["key"], Facts),
        new("gvc-latam", "fig1-raw.csv", "Figure 1", ["region"], ["first_column_raw", "second_column_raw"], QuotedFrom: "UNCTAD (2013, p. 127)"),
        new("gvc-latam", "table1-raw.csv", "Table 1", ["indicator"], ["Argentina", "Brazil", "Chile", "Colombia", "Peru"], row => row != "SME export markets", "ECLAC (2014, p. 102)"),

        new("jalisco", "stated-facts.csv", "Text", ["key"], Facts),
        new("jalisco", "table1-cases.csv", "Table 1", ["firm"], ["founding_year", "employees", "initial_export_share_percent"]),
        new("jalisco", "table3-results.csv", "Table 3", ["firm"], ["profit_increase_percent", "capacity_increase_percent", "export_increase_percent"]),
    ];
}
