using System.Diagnostics;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// The frames of an exception that lie inside cells, each with its line in the cell. Cells are emitted without debug
/// information (writing a portable PDB cost about 2 ms a cell, measured for issue 12); when a cell throws, the
/// compilation of each cell on the stack is emitted once more, with its PDB — the same compilation, so the same IL
/// (a test checks it) — and the frame's IL offset is looked up among its sequence points, as the runtime does for its
/// own stack traces: the last visible sequence point at or before the offset. A cell whose compilation the chain lets
/// go of when it is compacted has its debug information written then (<see cref="Settle"/>), or is forgotten when its
/// code cannot run again (<see cref="Forget"/>).
/// </summary>
public static class CellFrames
{
    private static readonly ConditionalWeakTable<Assembly, CellSymbols> Cells = new();

    /// <summary>One frame inside a cell: the method as the runtime names it, the cell's file name (<c>cell-N</c>) and the line (from 1).</summary>
    public sealed record Frame(string Method, string Cell, int Line)
    {
        /// <summary>The frame as a .NET stack trace prints it: <c>   at Method in cell-N:line L</c>.</summary>
        public override string ToString() => $"   at {Method} in {Cell}:line {Line}";
    }

    /// <summary>The frames of <paramref name="exception"/> that lie inside cells, innermost first.</summary>
    public static IReadOnlyList<Frame> Of(Exception exception)
    {
        var frames = new List<Frame>();
        foreach (var frame in new StackTrace(exception, false).GetFrames())
        {
            if (frame.GetMethod() is not { } method || !Cells.TryGetValue(method.Module.Assembly, out var symbols)) continue;
            int offset = frame.GetILOffset();
            if (offset == StackFrame.OFFSET_UNKNOWN || symbols.Find(method.MetadataToken, offset) is not { } at) continue;
            frames.Add(new Frame($"{method.DeclaringType?.FullName?.Replace('+', '.')}.{method.Name}()", at.Cell, at.Line));
        }
        return frames;
    }

    /// <summary>Remembers that <paramref name="assembly"/> was emitted from <paramref name="compilation"/>, a cell.</summary>
    internal static void Register(Assembly assembly, CSharpCompilation compilation) => Cells.AddOrUpdate(assembly, new CellSymbols(compilation));

    /// <summary>
    /// Writes the debug information of the cell emitted as <paramref name="assembly"/> now and lets its compilation go:
    /// a compacted chain (<see cref="SubmissionChain"/>) compiles the cell again against other predecessors, whose slot
    /// numbers in the code would move the offsets.
    /// </summary>
    internal static void Settle(Assembly assembly)
    {
        if (Cells.TryGetValue(assembly, out var symbols)) symbols.Settle();
    }

    /// <summary>Forgets the cell emitted as <paramref name="assembly"/>: its code ran once and no later stack holds a frame of it.</summary>
    internal static void Forget(Assembly assembly) => Cells.Remove(assembly);

    /// <summary>A cell's compilation and, once a frame asked for it or the cell was settled, its portable PDB instead.</summary>
    private sealed class CellSymbols(CSharpCompilation compilation)
    {
        private CSharpCompilation? _compilation = compilation;
        private MetadataReaderProvider? _pdb;

        public void Settle() => Pdb();

        public (string Cell, int Line)? Find(int methodToken, int offset)
        {
            var reader = Pdb();
            var handle = (MethodDefinitionHandle)MetadataTokens.EntityHandle(methodToken);
            SequencePoint? last = null;
            foreach (var point in reader.GetMethodDebugInformation(handle).GetSequencePoints())
            {
                if (point.Offset > offset) break;
                if (!point.IsHidden) last = point;
            }
            return last is { } found ? (reader.GetString(reader.GetDocument(found.Document).Name), found.StartLine) : null;
        }

        private MetadataReader Pdb()
        {
            lock (this)
            {
                if (_pdb is null)
                {
                    var symbols = new MemoryStream();
                    _compilation!.Emit(Stream.Null, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
                    symbols.Position = 0;
                    _pdb = MetadataReaderProvider.FromPortablePdbStream(symbols);
                    _compilation = null;
                }
                return _pdb.GetMetadataReader();
            }
        }
    }
}
