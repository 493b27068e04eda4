using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Tests.Engine;

/// <summary>Lines of runtime errors inside cells, from debug information written only when a cell throws.</summary>
public class CellFramesTests
{
    [Fact]
    public void A_runtime_error_names_each_cell_and_line_on_its_way_innermost_first()
    {
        var session = new NotebookSession(Path.GetTempPath(), new OutputSink(new OutputFormatter()));
        Assert.Null(session.Execute("int firms = 116;\n\nint Share(int part)\n{\n    if (part > firms) throw new ArgumentOutOfRangeException(nameof(part), \"more firms than the sample\");\n    return 100 * part / firms;\n}", 1));
        var failure = session.Execute("var fine = Share(58);\nvar sum = 0;\nfor (int i = 0; i < 3; i++) sum += i;\nShare(117)", 2);
        Assert.IsType<ArgumentOutOfRangeException>(failure);
        var frames = CellFrames.Of(failure!);
        Assert.Equal([("cell-1", 5), ("cell-2", 4)], frames.Select(f => (f.Cell, f.Line)));
        Assert.Contains("Share", frames[0].Method);
        Assert.Equal($"   at {frames[1].Method} in cell-2:line 4", frames[1].ToString());
    }

    [Fact]
    public void A_cell_compiled_again_by_a_compacted_chain_keeps_its_lines()
    {
        // Compiled again against a shorter chain, a cell's code reads other slots: its lines come from the debug
        // information written before the compaction, for the code that runs.
        string[] cells = ["var firms = 116;", "var sample = 0;", "int Share(int part)\n{\n    if (part > firms) throw new ArgumentOutOfRangeException(nameof(part));\n    return 100 * part / firms;\n}", "var sample = 58;"];
        var (length, failure) = AfterCompaction(cells, "var half = Share(sample);\nShare(117)");
        Assert.Equal(3, length);   // the second cell left out, the third and fourth compiled again
        Assert.IsType<ArgumentOutOfRangeException>(failure);
        Assert.Equal([("cell-3", 3), ("cell-5", 2)], CellFrames.Of(failure!).Select(f => (f.Cell, f.Line)));
    }

    [Fact]
    public void A_lambda_of_a_cell_left_out_of_a_compacted_chain_keeps_its_lines()
    {
        string[] cells = ["var shares = new List<Func<int, int>>();", "var firms = 1;\nshares.Add(part => 100 * part / (firms - 1));", "var firms = 116;"];
        var (length, failure) = AfterCompaction(cells, "shares[0](58)");
        Assert.Equal(2, length);
        Assert.IsType<DivideByZeroException>(failure);
        Assert.Equal([("cell-2", 2), ("cell-4", 1)], CellFrames.Of(failure!).Select(f => (f.Cell, f.Line)));
    }

    /// <summary>
    /// Runs <paramref name="cells"/> as cell-1, cell-2, … of a chain, compacts it, and runs <paramref name="last"/> as
    /// the next cell: the chain's length after compacting and what the last cell threw.
    /// </summary>
    private static (int Length, Exception? Failure) AfterCompaction(string[] cells, string last)
    {
        var chain = new SubmissionChain(new NotebookGlobals(new OutputSink(new OutputFormatter())));
        var options = NotebookSession.BaseOptions();
        for (int i = 0; i < cells.Length; i++) chain.Run(chain.Compile(cells[i], options.WithFilePath($"cell-{i + 1}")));
        chain.Compact();
        int length = chain.Length;
        return (length, Record.Exception(() => chain.Run(chain.Compile(last, options.WithFilePath($"cell-{cells.Length + 1}")))));
    }

    [Fact]
    public void An_exception_from_outside_any_cell_has_no_cell_frames()
    {
        Assert.Empty(CellFrames.Of(Record.Exception(() => int.Parse("not a number"))!));
    }

    [Fact]
    public void Writing_the_debug_information_does_not_change_a_cells_code()
    {
        // What the lazy debug information rests on: Roslyn emits the same IL for a cell with and without a PDB, so
        // offsets from the running code (emitted without) are valid in the PDB written later.
        var tree = CSharpSyntaxTree.ParseText("int F(int n) { var s = 0; for (int i = 0; i < n; i++) { s += i; if (s > 9) throw new Exception(); } return s; }\nvar q = new[] { 1, 2 }.Select(x => x * 2).ToList();\nawait Task.Yield();\nF(3) + q.Count",
            new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script), "cell-1", System.Text.Encoding.UTF8);
        var compilation = ReferenceBinding.Bound(CSharpCompilation.CreateScriptCompilation("cell", tree, FrameworkReferences.Common,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: NotebookSession.DefaultImports, optimizationLevel: OptimizationLevel.Debug), null, typeof(object)));
        var without = Bodies(compilation, pdb: false);
        var with = Bodies(compilation, pdb: true);
        Assert.True(without.Count >= 5, $"only {without.Count} method bodies");
        Assert.Equal(without, with);
    }

    private static List<string> Bodies(CSharpCompilation compilation, bool pdb)
    {
        var image = new MemoryStream();
        var result = compilation.Emit(image, pdb ? new MemoryStream() : null, options: pdb ? new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb) : null);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        image.Position = 0;
        using var reader = new PEReader(image);
        var metadata = reader.GetMetadataReader();
        return metadata.MethodDefinitions.Select(metadata.GetMethodDefinition).Where(m => m.RelativeVirtualAddress != 0)
            .Select(m => metadata.GetString(m.Name) + ":" + Convert.ToHexString(reader.GetMethodBody(m.RelativeVirtualAddress).GetILBytes()!)).ToList();
    }
}
