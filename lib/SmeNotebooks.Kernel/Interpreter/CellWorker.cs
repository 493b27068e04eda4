using System.Collections.Concurrent;
using System.Globalization;

namespace SmeNotebooks.Kernel.Interpreter;

/// <summary>
/// The one thread that runs cells (with a large stack, as Roslyn compiles on it) and the interrupt that stops one:
/// <see cref="Interrupt"/> cancels <see cref="SmeNotebooks.Interruption.Token"/> — checked in every loop and method of
/// the cell and in the library's long searches — and interrupts the thread's waits (Thread.Sleep, Monitor waits,
/// joins) with <see cref="Thread.Interrupt"/>. A cell waiting its turn (behind the compiler's warm-up, say) is
/// interrupted too: its token is cancelled before it starts, so it stops at its first interruption point; the thread
/// itself is interrupted only while the cell runs, never another job.
/// </summary>
internal sealed class CellWorker : IDisposable
{
    private readonly BlockingCollection<Action> _jobs = new();
    private readonly Thread _thread;
    private readonly object _gate = new();
    private CancellationTokenSource? _running;
    private bool _started;

    /// <summary>Starts the thread.</summary>
    public CellWorker()
    {
        _thread = new Thread(Loop, maxStackSize: 16 * 1024 * 1024) { IsBackground = true, Name = "cells" };
        _thread.Start();
    }

    /// <summary>True once the current cell has been asked to stop (until the next cell is queued).</summary>
    public bool Interrupted { get; private set; }

    /// <summary>Queues work without waiting (a warm-up of the compiler, say).</summary>
    public void Post(Action job) => _jobs.Add(job);

    /// <summary>Runs <paramref name="cell"/> on the worker and waits for it.</summary>
    public T Run<T>(Func<T> cell)
    {
        T result = default!;
        using var done = new ManualResetEventSlim();
        var cancel = new CancellationTokenSource();
        lock (_gate) { _running = cancel; _started = false; Interrupted = false; }
        _jobs.Add(() =>
        {
            lock (_gate) _started = true;
            SmeNotebooks.Interruption.Token = cancel.Token;
            try { result = cell(); }
            finally
            {
                lock (_gate)
                {
                    _running = null;
                    _started = false;
                    try { Thread.Sleep(0); } catch (ThreadInterruptedException) { /* an interrupt that came as the cell ended */ }
                }
                SmeNotebooks.Interruption.Token = CancellationToken.None;
                done.Set();
            }
        });
        done.Wait();
        return result;
    }

    /// <summary>Stops the running or waiting cell, if any. Returns whether there was one.</summary>
    public bool Interrupt()
    {
        lock (_gate)
        {
            if (_running is null) return false;
            Interrupted = true;
            _running.Cancel();
            if (_started) _thread.Interrupt();
            return true;
        }
    }

    private void Loop()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        foreach (var job in _jobs.GetConsumingEnumerable())
        {
            try { job(); }
            catch (Exception ex) { Protocol.Channels.Log($"worker: {ex.GetType().Name}: {ex.Message}"); }
        }
    }

    /// <summary>Stops taking work.</summary>
    public void Dispose() => _jobs.CompleteAdding();
}
