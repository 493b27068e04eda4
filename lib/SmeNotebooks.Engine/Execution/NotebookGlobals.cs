namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// The globals every C# cell sees, as in .NET Interactive's C# kernel: <c>display(value)</c> shows a value below
/// the cell with the registered formatters.
/// </summary>
public sealed class NotebookGlobals
{
    private readonly OutputSink _sink;

    internal NotebookGlobals(OutputSink sink) => _sink = sink;

    /// <summary>
    /// Displays <paramref name="value"/> below the current cell (Polyglot Notebooks' <c>display</c>) and returns a handle
    /// whose <see cref="DisplayedValue.Update"/> replaces it in place.
    /// </summary>
#pragma warning disable IDE1006 // the kernel's name is lower case
    public DisplayedValue display([System.ComponentModel.Localizable(true)] object? value)
    {
        string id = Guid.NewGuid().ToString("N");
        _sink.Add(value, CellOutputKind.Display, id);
        return new DisplayedValue(id, _sink);
    }
#pragma warning restore IDE1006
}
