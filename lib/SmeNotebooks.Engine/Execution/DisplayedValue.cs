namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// A value shown with <c>display(x)</c>, as .NET Interactive's handle of the same name: <see cref="Update"/> shows
/// another value in its place — live in Jupyter (update_display_data), and in a rendered page the last value wins.
/// </summary>
public sealed class DisplayedValue
{
    private readonly OutputSink _sink;

    internal DisplayedValue(string displayId, OutputSink sink)
    {
        DisplayId = displayId;
        _sink = sink;
    }

    /// <summary>The display's id (Jupyter's transient display_id).</summary>
    public string DisplayId { get; }

    /// <summary>Replaces the displayed value with <paramref name="value"/>.</summary>
    public void Update(object? value) => _sink.Add(value, CellOutputKind.Update, DisplayId);
}
