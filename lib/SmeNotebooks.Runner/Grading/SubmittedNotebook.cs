using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmeNotebooks.Engine.Translation;
using SmeNotebooks.Localization;
using SmeNotebooks.Runner.Dib;

namespace SmeNotebooks.Runner.Grading;

/// <summary>
/// A student's submitted notebook, as the grader reads it: an <c>.ipynb</c> (what Jupyter, the collection's kernel
/// or a live page's "Download my notebook" saves: C# code cells and Markdown cells; the outputs stored in it are
/// ignored) or a <c>.dib</c>, in the language its kernel (<c>smenotebooks-csharp-es</c>) or its name
/// (<c>name.es.dib</c>) says.
/// </summary>
/// <param name="Student">The file's name without its extension(s): the gradebook's student.</param>
/// <param name="Language">The notebook's language code.</param>
/// <param name="Document">Its cells.</param>
public sealed record SubmittedNotebook(string Student, string Language, DibDocument Document)
{
    /// <summary>Reads <paramref name="path"/>; throws <see cref="InvalidDataException"/> naming what is wrong with it.</summary>
    public static SubmittedNotebook Read(string path)
    {
        string name = Path.GetFileName(path);
        try
        {
            if (path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
            {
                return new SubmittedNotebook(NotebookFiles.EnglishName(path), NotebookFiles.LanguageOf(path), DibDocument.Parse(File.ReadAllText(path), name));
            }
            var notebook = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException("not a JSON object");
            string kernel = notebook["metadata"]?["kernelspec"]?["name"]?.GetValue<string>() ?? "";
            string lang = SmeNotebooks.Engine.Execution.KernelIdentity.All.FirstOrDefault(k => k.Name == kernel)?.Language ?? Languages.Source;
            var cells = notebook["cells"] as JsonArray ?? throw new InvalidDataException("no \"cells\" list");
            var text = new StringBuilder();
            foreach (var cell in cells.OfType<JsonObject>())
            {
                string source = cell["source"] switch
                {
                    JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
                    JsonValue value => value.GetValue<string>(),
                    _ => "",
                };
                string? cellKernel = cell["cell_type"]?.GetValue<string>() switch
                {
                    "markdown" => "markdown",
                    "code" => cell["metadata"]?["dotnet_interactive"]?["language"]?.GetValue<string>()
                        ?? cell["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>() ?? "csharp",
                    _ => null,
                };
                if (cellKernel is null) continue;
                text.Append("#!").Append(cellKernel).Append("\n\n").Append(source.TrimEnd('\n')).Append("\n\n");
            }
            return new SubmittedNotebook(Path.GetFileNameWithoutExtension(path), lang, DibDocument.Parse(text.ToString(), name));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or InvalidDataException)
        {
            throw new InvalidDataException(Localized.Format(GradeStrings.NotReadable, ex.Message), ex);
        }
    }
}
