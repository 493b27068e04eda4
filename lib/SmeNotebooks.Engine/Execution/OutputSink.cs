using System.Text;

namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// Collects a cell's outputs in order: Console text (consecutive writes merged; standard error apart, through
/// <see cref="Error"/>), displayed values and the result. Installed as Console.Out (and Console.Error) while a cell
/// runs. The runner takes the outputs at the end of each cell; a live host sets <see cref="Listener"/> and receives
/// every output as it appears, console text whenever it calls <see cref="Flush"/>.
/// </summary>
public sealed class OutputSink : TextWriter
{
    private readonly List<CellOutput> _outputs = [];
    private readonly StringBuilder _console = new();
    private readonly StringBuilder _errors = new();
    private readonly OutputFormatter _formatter;
    private readonly object _emitting = new();   // a flush and an output are emitted whole, in order, whatever the thread

    /// <summary>Creates a sink that formats displayed values with <paramref name="formatter"/>.</summary>
    public OutputSink(OutputFormatter formatter)
    {
        _formatter = formatter;
        Error = new ErrorWriter(this);
    }

    /// <summary>Receives each output as it is added, instead of collecting it (null: collect for <see cref="Take"/>).</summary>
    public Action<CellOutput>? Listener { get; set; }

    /// <summary>The writer to install as Console.Error: its text becomes "stderr" outputs.</summary>
    public TextWriter Error { get; }

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc />
    public override void Write(char value) { lock (_console) _console.Append(value); }

    /// <inheritdoc />
    public override void Write(string? value) { lock (_console) _console.Append(value); }

    /// <summary>Adds a formatted value (display(x), an update of one, or the trailing expression).</summary>
    public void Add(object? value, CellOutputKind kind, string? displayId = null) => Add(_formatter.Format(value, kind) with { DisplayId = displayId });

    /// <summary>Adds a plain note or error.</summary>
    public void Add(CellOutput output)
    {
        lock (_emitting)
        {
            Flush();
            Emit(output);
        }
    }

    /// <summary>Takes the outputs collected so far and starts afresh for the next cell.</summary>
    public IReadOnlyList<CellOutput> Take()
    {
        Flush();
        lock (_outputs)
        {
            var taken = _outputs.ToArray();
            _outputs.Clear();
            return taken;
        }
    }

    /// <summary>Turns the console text written since the last flush into "stdout" and "stderr" outputs.</summary>
    public override void Flush()
    {
        lock (_emitting)
            foreach (var (buffer, kind) in new[] { (_console, CellOutputKind.Stdout), (_errors, CellOutputKind.Stderr) })
            {
                string text;
                lock (buffer)
                {
                    if (buffer.Length == 0) continue;
                    text = buffer.ToString();
                    buffer.Clear();
                }
                Emit(new CellOutput(kind, text));
            }
    }

    private void Emit(CellOutput output)
    {
        if (Listener is { } listener) { listener(output); return; }
        lock (_outputs)
        {
            // Collected for a page: an update replaces its display where it stands (or shows as a display if that was in an earlier cell).
            int shown = output.Kind == CellOutputKind.Update ? _outputs.FindIndex(o => o.DisplayId == output.DisplayId) : -1;
            if (shown >= 0) _outputs[shown] = output with { Kind = CellOutputKind.Display };
            else _outputs.Add(output.Kind == CellOutputKind.Update ? output with { Kind = CellOutputKind.Display } : output);
        }
    }

    /// <summary>Console.Error's side of the sink.</summary>
    private sealed class ErrorWriter(OutputSink sink) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) { lock (sink._errors) sink._errors.Append(value); }

        public override void Write(string? value) { lock (sink._errors) sink._errors.Append(value); }
    }
}
