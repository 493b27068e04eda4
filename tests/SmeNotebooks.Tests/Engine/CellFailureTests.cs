using SmeNotebooks.Engine.Execution;

namespace SmeNotebooks.Tests.Engine;

/// <summary>One description of a failed cell for every front end: the runner's line and the kernel's ename, evalue and traceback.</summary>
public class CellFailureTests
{
    private static CellFailure Failing(string code, int number = 3)
    {
        var session = new NotebookSession(Path.GetTempPath(), new OutputSink(new OutputFormatter()));
        var failure = session.Execute(code, number);
        Assert.NotNull(failure);
        return CellFailure.Of(failure!, number);
    }

    [Fact]
    public void A_compile_error_names_its_line_column_and_id_for_the_kernel_and_its_line_for_the_runner()
    {
        var failure = Failing("int a = 1;\nint b = missing + a;");
        Assert.Equal("CompilationError", failure.Name);
        Assert.Equal(2, failure.Line);
        Assert.StartsWith("(line 2, column 9): error CS0103:", failure.Message);
        Assert.StartsWith("nb.dib, cell 3, line 2: error CS0103: ", failure.Describe("nb.dib", 3));
        Assert.Single(failure.Traceback);
    }

    [Fact]
    public void A_number_with_thousands_separators_is_named_with_how_to_write_it()
    {
        // A student answering "634,000 pesos" as a C# number gets a compile error; the failure says what went wrong.
        var failure = Failing("double answer2 = 634,000;");
        Assert.Equal("CompilationError", failure.Name);
        Assert.EndsWith("634,000 looks like a number written with thousands separators, and C# reads each comma as a separator between two things: write 634000 (or 634_000).", failure.Message);
        Assert.Contains("write 1234567 (or 1_234_567)", Failing("double x = 1,234,567;").Reason);
        Assert.DoesNotContain("thousands", Failing("Console.WriteLine(\"1,000\" + missing);").Message);   // a string is not a number
        Assert.DoesNotContain("thousands", Failing("var t = (1, 2345); int y = missing;").Message);
        Assert.EndsWith("634,000 parece un número escrito con separadores de miles, y C# lee cada coma como separador entre dos cosas: escribe 634000 (o 634_000).",
            SmeNotebooks.Tests.Support.TestCulture.InLanguage("es", () => Failing("double answer2 = 634,000;").Message));   // the Spanish student reads it in Spanish
    }

    [Fact]
    public void A_runtime_exception_gives_the_line_inside_the_cell_and_the_frames_it_passed_through()
    {
        var failure = Failing("int Divide(int x) => 10 / x;\nint zero = 0;\nDivide(zero)");
        Assert.Equal(nameof(DivideByZeroException), failure.Name);
        Assert.Equal(1, failure.Line);
        Assert.Equal($"nb.dib, cell 3, line 1: DivideByZeroException: {new DivideByZeroException().Message}", failure.Describe("nb.dib", 3));
        Assert.Contains(failure.Traceback, t => t.Contains("in cell-3:line 1"));
    }

    [Fact]
    public void A_directive_that_cannot_be_satisfied_is_reported_at_its_line()
    {
        var failure = Failing("// packages\n#r \"nuget: NoSuchPackage, 1.0.0\"");
        Assert.Equal("DirectiveError", failure.Name);
        Assert.Equal(2, failure.Line);
        Assert.StartsWith("nb.dib, cell 3, line 2: ", failure.Describe("nb.dib", 3));
    }

    [Fact]
    public void A_cancellation_is_the_readers_interrupt_only_when_the_host_asked_for_one()
    {
        Assert.Equal("KeyboardInterrupt", CellFailure.Of(new OperationCanceledException(), 1, interrupted: true).Name);
        Assert.Equal(nameof(OperationCanceledException), CellFailure.Of(new OperationCanceledException(), 1).Name);
    }
}
