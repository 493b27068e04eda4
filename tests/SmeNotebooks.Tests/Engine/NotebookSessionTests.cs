using Microsoft.CodeAnalysis.Scripting;
using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Tests.Engine;

/// <summary>The one execution engine the runner and the kernel share.</summary>
public class NotebookSessionTests
{
    private static (NotebookSession Session, OutputSink Sink) Fresh()
    {
        var sink = new OutputSink(new OutputFormatter());
        return (new NotebookSession(Path.GetTempPath(), sink), sink);
    }

    [Fact]
    public void An_updated_display_shows_once_with_its_last_value_in_a_page()
    {
        var (session, sink) = Fresh();
        Assert.Null(session.Execute("var shown = display(\"first\"); shown.Update(\"second\");", 1));
        Assert.Equal(["second"], sink.Take().Where(o => o.Kind == CellOutputKind.Display).Select(o => o.Text));
    }

    [Fact]
    public void Compile_errors_point_into_the_cell_as_written_not_the_copy_with_interruption_points()
    {
        // The kernel inserts an interruption check at the start of the loop body; the error must still be reported
        // at line 2, column 31 of what the user wrote.
        var (session, _) = Fresh();
        var failure = Assert.IsType<CompilationErrorException>(session.Execute("int n = 0;\nfor (int i = 0; i < 2; i++) { undefinedName++; }", 1));
        var at = failure.Diagnostics.First().Location.GetLineSpan().StartLinePosition;
        Assert.Equal((1, 30), (at.Line, at.Character));
    }

    [Fact]
    public void An_interrupted_loop_stops_and_earlier_variables_survive()
    {
        var (session, _) = Fresh();
        Assert.Null(session.Execute("int kept = 41;", 1));
        using var cancel = new CancellationTokenSource();
        SmeNotebooks.Interruption.Token = cancel.Token;
        try
        {
            cancel.CancelAfter(TimeSpan.FromMilliseconds(300));
            Assert.IsAssignableFrom<OperationCanceledException>(session.Execute("long spins = 0; while (true) { spins++; }", 2));
        }
        finally { SmeNotebooks.Interruption.Token = CancellationToken.None; }
        var (_, sink) = (session, session.Sink);
        Assert.Null(session.Execute("kept + 1", 3));
        Assert.Equal("42", sink.Take().Single(o => o.Kind == CellOutputKind.Result).Text);
    }

    private static bool References(NotebookSession session, string assembly) =>
        session.Options.MetadataReferences.Any(r => Path.GetFileNameWithoutExtension(r.Display) == assembly);

    [Fact]
    public void A_cell_that_needs_an_assembly_outside_the_common_set_compiles_against_the_whole_framework_and_the_session_keeps_it()
    {
        var (session, sink) = Fresh();
        Assert.Null(session.Execute("int kept = 41;", 1));
        // The premise: tar archives are in no assembly of the common set (nor forwarded to by its facades).
        Assert.False(References(session, "System.Formats.Tar"));
        Assert.Null(session.Execute("System.Formats.Tar.TarEntryType.Directory", 2));
        Assert.Equal("Directory", sink.Take().Single(o => o.Kind == CellOutputKind.Result).Text);
        Assert.True(References(session, "System.Formats.Tar"));
        Assert.Null(session.Execute("var again = System.Formats.Tar.TarEntryType.RegularFile; kept + 1", 3));
        Assert.Equal("42", sink.Take().Single(o => o.Kind == CellOutputKind.Result).Text);
    }

    [Fact]
    public void A_cell_with_a_real_error_reports_the_whole_frameworks_errors_and_the_session_stays_with_the_common_set()
    {
        var (session, _) = Fresh();
        var failure = Assert.IsType<CompilationErrorException>(session.Execute("int n = undefinedName;", 1));
        Assert.Contains(failure.Diagnostics, d => d.Id == "CS0103");
        Assert.False(References(session, "System.Formats.Tar"));
        // A name no assembly defines is still reported as missing, after the second compilation against everything.
        var missing = Assert.IsType<CompilationErrorException>(session.Execute("new System.Net.NoSuchType()", 2));
        Assert.Contains(missing.Diagnostics, d => d.Id == "CS0234");
        Assert.False(References(session, "System.Formats.Tar"));
    }

    [Fact]
    public void The_common_set_names_only_assemblies_the_runtime_has_and_the_whole_framework_lists_each_assembly_once()
    {
        Assert.Equal(FrameworkReferences.CommonNames.Count, FrameworkReferences.Common.Count);
        // The runtime lists System.Private.CoreLib twice among its trusted platform assemblies.
        Assert.Equal(FrameworkReferences.Whole.Count, FrameworkReferences.Whole.Select(r => r.Display).Distinct().Count());
        Assert.True(FrameworkReferences.Rest.Count > 100, $"only {FrameworkReferences.Rest.Count} assemblies outside the common set");
    }
}
