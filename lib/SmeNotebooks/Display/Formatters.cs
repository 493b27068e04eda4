using Microsoft.DotNet.Interactive.Formatting;
using SmeNotebooks.Models;

namespace SmeNotebooks.Display;

/// <summary>
/// Registers HTML and plain-text formatters for the library's result types with
/// Microsoft.DotNet.Interactive.Formatting — the formatter registry the .NET Interactive kernel (and this
/// project's runner) use to display a cell's value. Call <see cref="Register"/> once at the top of a notebook.
/// </summary>
public static class Formatters
{
    /// <summary>A small stylesheet for <c>table.sme-table</c>, emitted with every formatted result so it stands alone.</summary>
    public const string Style =
        "<style>table.sme-table{border-collapse:collapse;margin:0.5em 0;font-size:0.9em}" +
        "table.sme-table caption{font-weight:bold;text-align:left;padding:0.2em 0}" +
        "table.sme-table th,table.sme-table td{border:1px solid #bbb;padding:0.2em 0.6em;text-align:right}" +
        "table.sme-table th[scope=row]{text-align:left}table.sme-table td.sme-diff{background:#fde2e1;font-weight:bold}table.sme-table td.sme-text{text-align:left}" +
        "table.sme-table tfoot td{text-align:left;font-size:0.85em;color:#555;border:none}" +
        "p.sme-check{color:#1a6b2f;margin:0.3em 0}p.sme-exercise{margin:0.3em 0}p.sme-exercise-correct{color:#1a6b2f}p.sme-exercise-wrong{color:#a3261b}p.sme-exercise-notanswered{color:#555}</style>";

    /// <summary>Registers every formatter; safe to call more than once.</summary>
    public static void Register()
    {
        Html<Table>(t => t.ToHtml());
        Html<CheckResult>(c => c.ToHtml());
        Html<Exercises.ExerciseResult>(e => e.ToHtml());
        Html<Diagram>(d => d.ToHtml());
        Html<Comparison>(c => c.ToTable().ToHtml());
        Html<LogisticFit>(f => string.Concat(LogisticTables(f).Select(t => t.ToHtml())));
        Html<LinearFit>(f => SpssTables.ModelSummary(f).ToHtml() + SpssTables.Coefficients(f).ToHtml());
        Html<CobbDouglasFit>(f => SpssTables.ModelSummary(f.Regression).ToHtml() + SpssTables.Coefficients(f.Regression).ToHtml());
        Html<ClassificationTable>(t => SpssTables.Classification(t).ToHtml());
        Html<HosmerLemeshowTest>(t => SpssTables.HosmerLemeshow(t).ToHtml());
        Html<NormalityTest>(t => SpssTables.Normality(t).ToHtml());
        Text<Table>(t => t.ToString());
        Text<CheckResult>(c => c.ToString());
        Text<Exercises.ExerciseResult>(e => e.ToString());
        Text<Diagram>(d => d.ToString());
        Text<Comparison>(c => c.ToTable().ToString());
        Text<LogisticFit>(f => string.Join(Environment.NewLine, LogisticTables(f).Select(t => t.ToString())));
        Text<LinearFit>(f => SpssTables.ModelSummary(f) + Environment.NewLine + SpssTables.Coefficients(f));
        Text<CobbDouglasFit>(f => SpssTables.ModelSummary(f.Regression) + Environment.NewLine + SpssTables.Coefficients(f.Regression));
        Text<ClassificationTable>(t => SpssTables.Classification(t).ToString());
        Text<HosmerLemeshowTest>(t => SpssTables.HosmerLemeshow(t).ToString());
        Text<NormalityTest>(t => SpssTables.Normality(t).ToString());
    }

    /// <summary>The tables SPSS prints for Block 1 of a logistic regression, in its order.</summary>
    public static IReadOnlyList<Table> LogisticTables(LogisticFit fit) =>
    [
        SpssTables.Omnibus(fit), SpssTables.ModelSummary(fit), SpssTables.Classification(fit.Classify(), fit.Outcome),
        SpssTables.VariablesInTheEquation(fit),
    ];

    private static void Html<T>(Func<T, string> render) => Formatter.Register<T>(value => Style + render(value), HtmlFormatter.MimeType);

    private static void Text<T>(Func<T, string> render) => Formatter.Register<T>(render, PlainTextFormatter.MimeType);
}
