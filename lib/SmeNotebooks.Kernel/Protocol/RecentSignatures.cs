namespace SmeNotebooks.Kernel.Protocol;

/// <summary>
/// The signatures of the last <see cref="Capacity"/> messages the kernel accepted: a signed message sent again (a
/// captured message replayed) carries a signature seen before, and is refused. ipykernel keeps the same number of
/// digests (its <c>digest_history_size</c>); safe to call from the shell and control threads at once.
/// </summary>
internal sealed class RecentSignatures(int capacity)
{
    /// <summary>How many signatures are remembered, as in ipykernel.</summary>
    public const int Capacity = 1 << 16;

    private readonly HashSet<string> _set = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Remembers <paramref name="signature"/>; false when it was seen before (the oldest is forgotten beyond the capacity).</summary>
    public bool Add(string signature)
    {
        lock (_set)
        {
            if (!_set.Add(signature)) return false;
            _order.Enqueue(signature);
            if (_order.Count > capacity) _set.Remove(_order.Dequeue());
            return true;
        }
    }
}
