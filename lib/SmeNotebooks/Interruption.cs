namespace SmeNotebooks;

/// <summary>
/// The interrupt button of a live notebook, as the library sees it. A notebook host (the project's Jupyter kernel)
/// sets <see cref="Token"/> while a cell runs; the library's long searches call <see cref="Check"/> in their loops,
/// and so does every loop of the cell's own code (the host inserts the call), so an interrupted cell stops with an
/// <see cref="OperationCanceledException"/> within a fraction of a second and earlier cells keep their variables.
/// Outside a host the token is never cancelled and <see cref="Check"/> costs one read.
/// </summary>
public static class Interruption
{
    private static CancellationToken _token;

    /// <summary>The token of the cell now running (none by default).</summary>
    public static CancellationToken Token
    {
        get => _token;
        set => _token = value;
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> when the running cell has been interrupted.</summary>
    public static void Check() => _token.ThrowIfCancellationRequested();
}
