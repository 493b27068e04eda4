using System.Text.Json;
using System.Text.Json.Nodes;
using SmeNotebooks.Runner.Execution;

namespace SmeNotebooks.Runner.Rendering;

/// <summary>
/// A notebook run as Jupyter nbformat 4 with its outputs (<c>text/plain</c>, <c>text/html</c>) and the
/// <c>.net-csharp</c> kernelspec of .NET Interactive, so a Jupyter user can open it.
/// </summary>
public static class IpynbWriter
{
    /// <summary>Serializes <paramref name="run"/>.</summary>
    public static string Write(NotebookRun run)
    {
        var cells = new JsonArray();
        int executionCount = 0;
        foreach (var cell in run.Cells.Where(c => c.Kernel != "meta"))
        {
            if (cell.Kernel is "markdown" or "md")
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
                ["metadata"] = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = cell.Kernel == "c#" ? "csharp" : cell.Kernel } },
                ["source"] = Lines(cell.Source),
                ["outputs"] = outputs,
            });
        }
        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "C#", ["file_extension"] = ".cs", ["mimetype"] = "text/x-csharp", ["pygments_lexer"] = "csharp" },
            },
            ["cells"] = cells,
        };
        return notebook.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Output(CellOutput output, int executionCount) => output.Kind switch
    {
        "stdout" or "stderr" => new JsonObject { ["output_type"] = "stream", ["name"] = output.Kind, ["text"] = Lines(output.Text) },
        "error" => new JsonObject { ["output_type"] = "error", ["ename"] = "CellExecutionError", ["evalue"] = output.Text, ["traceback"] = new JsonArray(JsonValue.Create(output.Text)) },
        "result" => new JsonObject { ["output_type"] = "execute_result", ["execution_count"] = executionCount, ["data"] = Data(output), ["metadata"] = new JsonObject() },
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
