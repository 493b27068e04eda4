using System.Collections.Concurrent;

namespace SmeNotebooks.Runner;

/// <summary>Work that runs side by side, one job a core: notebooks rendered, submissions graded.</summary>
internal static class SideBySide
{
    /// <summary>
    /// Runs <paramref name="jobs"/>, as many at once as the machine has cores, and yields their results in the order
    /// given, each once it and those before it are done (a job's exception is thrown when its result is reached).
    /// Ending the enumeration early starts no further job and waits for the running ones.
    /// </summary>
    public static IEnumerable<T> InOrder<T>(IReadOnlyList<Func<T>> jobs)
    {
        var results = jobs.Select(_ => new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, jobs.Count));
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, Math.Min(Environment.ProcessorCount, jobs.Count)).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested && queue.TryDequeue(out int i))
            {
                try { results[i].SetResult(jobs[i]()); }
                catch (Exception ex) { results[i].SetException(ex); }
            }
        })).ToArray();
        try
        {
            foreach (var result in results) yield return result.Task.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            Task.WaitAll(workers);
        }
    }
}
