using System.Text;

namespace SmeNotebooks.Runner.Execution;

/// <summary>
/// Collects a cell's outputs in order: Console text (consecutive writes merged), displayed values and the result.
/// Installed as Console.Out while a cell runs.
/// </summary>
public sealed class OutputSink : TextWriter
{
    private readonly List<CellOutput> _outputs = [];
    private readonly StringBuilder _console = new();
    private readonly OutputFormatter _formatter;

    /// <summary>Creates a sink that formats displayed values with <paramref name="formatter"/>.</summary>
    public OutputSink(OutputFormatter formatter) => _formatter = formatter;

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc />
    public override void Write(char value) { lock (_console) _console.Append(value); }

    /// <inheritdoc />
    public override void Write(string? value) { lock (_console) _console.Append(value); }

    /// <summary>Adds a formatted value (display(x) or the trailing expression).</summary>
    public void Add(object? value, string kind)
    {
        FlushConsole();
        _outputs.Add(_formatter.Format(value, kind));
    }

    /// <summary>Adds a plain note or error.</summary>
    public void Add(CellOutput output)
    {
        FlushConsole();
        _outputs.Add(output);
    }

    /// <summary>Takes the outputs collected so far and starts afresh for the next cell.</summary>
    public IReadOnlyList<CellOutput> Take()
    {
        FlushConsole();
        var taken = _outputs.ToArray();
        _outputs.Clear();
        return taken;
    }

    private void FlushConsole()
    {
        lock (_console)
        {
            if (_console.Length == 0) return;
            _outputs.Add(new CellOutput("stdout", _console.ToString()));
            _console.Clear();
        }
    }
}
