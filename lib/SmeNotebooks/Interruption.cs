namespace SmeNotebooks;

/// <summary>
/// The interrupt button of a live notebook, as the library sees it. A notebook host (the project's Jupyter kernel)
/// sets <see cref="Token"/> while a cell runs; the library's long searches call <see cref="Check"/> in their loops,
/// and so does every loop of the cell's own code (the host inserts the call), so an interrupted cell stops with an
/// <see cref="OperationCanceledException"/> within a fraction of a second and earlier cells keep their variables.
/// Outside a host the token is never cancelled and <see cref="Check"/> costs one read of an async-local value.
/// </summary>
public static class Interruption
{
    // Flows with the cell's execution context (into its awaits and tasks), and nowhere else: two sessions in one
    // process — tests running side by side — never see each other's interrupts.
    private static readonly AsyncLocal<CancellationToken> Current = new();

    /// <summary>The token of the cell now running in this execution context (none by default).</summary>
    public static CancellationToken Token
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> when the running cell has been interrupted.</summary>
    public static void Check() => Current.Value.ThrowIfCancellationRequested();

    /// <summary>
    /// What the host inserts at the start of every method, local function and accessor of a cell: <see cref="Check"/>,
    /// and a guard against unbounded recursion — an <see cref="InsufficientExecutionStackException"/> (which the cell
    /// reports, line and all) where the stack is nearly used up, instead of a stack overflow, which no .NET process
    /// survives (<c>RuntimeHelpers.EnsureSufficientExecutionStack</c>).
    /// </summary>
    public static void Enter()
    {
        Check();
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
    }
}
