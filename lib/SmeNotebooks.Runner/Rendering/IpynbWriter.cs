using System.Text.Json;
using System.Text.Json.Nodes;
using SmeNotebooks.Runner.Dib;
using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Runner.Rendering;

/// <summary>
/// Jupyter nbformat 4 notebooks naming the collection's own kernel in the notebook's language (<see cref="KernelIdentity"/>): a rendered run with
/// its outputs (<c>text/plain</c>, <c>text/html</c>), and the output-free twin of a <c>.dib</c> file that Jupyter
/// front ends open live (they open <c>.ipynb</c>, not <c>.dib</c>).
/// </summary>
public static class IpynbWriter
{
    /// <summary>
    /// The twin of <paramref name="document"/>: the same cells in the same order with the same text, no outputs.
    /// Markdown and HTML cells become Markdown cells, C# cells code cells, other kernels' cells raw cells; the
    /// <c>#!meta</c> cell is left out. <paramref name="file"/> is the notebook's file name; its language
    /// (<c>name.es.dib</c>) picks the kernel the twin names. The student <paramref name="edition"/> leaves the model
    /// solution cells out (<see cref="Dib.SolutionCells"/>), as the student pages do.
    /// </summary>
    public static string Twin(Dib.DibDocument document, string file, Edition edition = Edition.Full)
    {
        var cells = new JsonArray();
        foreach (var cell in document.Cells.Where(c => edition == Edition.Full || !Dib.SolutionCells.IsSolution(c.Language, c.Content)))
        {
            switch (cell.Language)
            {
                case Dib.CellLanguage.Meta:
                    continue;
                case Dib.CellLanguage.Markdown or Dib.CellLanguage.Html:
                    cells.Add(new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = Lines(cell.Content) });
                    break;
                case Dib.CellLanguage.CSharp:
                    cells.Add(new JsonObject { ["cell_type"] = "code", ["execution_count"] = null, ["metadata"] = new JsonObject(), ["source"] = Lines(cell.Content), ["outputs"] = new JsonArray() });
                    break;
                default:
                    cells.Add(new JsonObject { ["cell_type"] = "raw", ["metadata"] = new JsonObject { ["kernel"] = cell.Kernel }, ["source"] = Lines(cell.Content) });
                    break;
            }
        }
        return Notebook(cells, file);
    }

    /// <summary>Serializes <paramref name="run"/>; the student edition leaves model solution cells and their outputs out.</summary>
    public static string Write(NotebookRun run, Edition edition = Edition.Full)
    {
        var cells = new JsonArray();
        int executionCount = 0;
        foreach (var cell in run.Cells.Where(c => c.Language != CellLanguage.Meta && (edition == Edition.Full || !c.IsSolution)))
        {
            if (cell.Language == CellLanguage.Markdown)
            {
                cells.Add(new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = Lines(cell.Source) });
                continue;
            }
            var outputs = new JsonArray();
            bool executed = cell.Status is CellStatus.Ok or CellStatus.Failed;
            if (executed) executionCount++;
            foreach (var output in cell.Outputs) outputs.Add(Output(output, executionCount));
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = executed ? executionCount : null,
                ["metadata"] = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = cell.Language == CellLanguage.CSharp ? "csharp" : cell.Kernel } },
                ["source"] = Lines(cell.Source),
                ["outputs"] = outputs,
            });
        }
        return Notebook(cells, run.Path);
    }

    /// <summary>The notebook around <paramref name="cells"/>, naming the kernel of <paramref name="file"/>'s language.</summary>
    private static string Notebook(JsonArray cells, string file)
    {
        var kernel = KernelIdentity.For(SmeNotebooks.Engine.Translation.NotebookFiles.LanguageOf(file));
        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 4,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = kernel.DisplayName, ["language"] = "C#", ["name"] = kernel.Name },
                ["language_info"] = new JsonObject { ["name"] = "C#", ["file_extension"] = ".cs", ["mimetype"] = "text/x-csharp", ["pygments_lexer"] = "csharp" },
            },
            ["cells"] = cells,
        };
        return notebook.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject Output(CellOutput output, int executionCount) => output.Kind switch
    {
        CellOutputKind.Stdout or CellOutputKind.Stderr => new JsonObject { ["output_type"] = "stream", ["name"] = output.Kind.ToString().ToLowerInvariant(), ["text"] = Lines(output.Text) },
        CellOutputKind.Error => new JsonObject { ["output_type"] = "error", ["ename"] = "CellExecutionError", ["evalue"] = output.Text, ["traceback"] = new JsonArray(JsonValue.Create(output.Text)) },
        CellOutputKind.Result => new JsonObject { ["output_type"] = "execute_result", ["execution_count"] = executionCount, ["data"] = Data(output), ["metadata"] = new JsonObject() },
        _ => new JsonObject { ["output_type"] = "display_data", ["data"] = Data(output), ["metadata"] = new JsonObject() },
    };

    private static JsonObject Data(CellOutput output)
    {
        var data = new JsonObject { ["text/plain"] = Lines(output.Text) };
        if (output.Html is not null) data["text/html"] = Lines(output.Html);
        return data;
    }

    /// <summary>nbformat's multi-line string: a list of lines, each but the last keeping its newline.</summary>
    private static JsonArray Lines(string text)
    {
        var parts = text.Split('\n');
        var array = new JsonArray();
        for (int i = 0; i < parts.Length; i++)
            if (i < parts.Length - 1 || parts[i].Length > 0) array.Add(i < parts.Length - 1 ? parts[i] + "\n" : parts[i]);
        return array;
    }
}
