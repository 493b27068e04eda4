using System.Text.RegularExpressions;
using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Kernel.Assistance;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Kernel.Interpreter;

/// <summary>
/// What a notebook front end asks of the collection's C# session, with plain records in and out — no sockets, no
/// JSON (xeus's interpreter, behind a thin transport): execute, complete, inspect, is-complete, history and interrupt.
/// Cells run on one worker thread (<see cref="CellWorker"/>) in the engine's session (<see cref="NotebookHost"/>);
/// their outputs reach the caller as they appear, console text flushed every 100 ms (text printed between cells goes
/// with the last shown cell's). <see cref="JupyterKernel"/> is
/// its Jupyter adapter.
/// </summary>
internal sealed class KernelInterpreter : IDisposable
{
    /// <summary>Seconds an interrupted cell may take to stop before the front end is told it cannot be.</summary>
    public const int StopGrace = 3;

    private readonly CellWorker _worker = new();
    private readonly NotebookHost _host;
    private readonly CodeAssistance _assistance = new();
    private readonly List<HistoryEntry> _history = [];
    private int _count;
    private object? _running;
    private Action<CellOutput>? _betweenCells;   // where output between cells goes: the last shown cell's outputs
    private readonly Timer _flusher;             // console text reaches the front end within 100 ms, in a cell or between cells
    private readonly Timer _returner;            // gives unused memory back once the kernel is idle (ReturnMemory)
    private long _besideHeap;                    // what the process held beside the managed heap after the last return
    private long _heapAfterReturn;               // the managed heap's committed bytes after the last return
    private bool _poolsHold;                     // the last return ran for a grown heap: pooled buffers may be held (ReturnMemory)

    /// <summary>
    /// A session in <paramref name="language"/> whose relative paths resolve against <paramref name="folder"/>, its
    /// cells' messages translated with <paramref name="notebook"/>'s catalog (its English name; every notebook's when null).
    /// </summary>
    public KernelInterpreter(string language, string folder, string? notebook, Func<string, string?, IReadOnlyList<string>>? restorePackage)
    {
        _host = NotebookHost.Start(language, folder, notebook, restorePackage);
        _flusher = new Timer(_ => _host.Sink.Flush(), null, 100, 100);
        _returner = new Timer(ReturnMemory);
        _worker.Post(() => NotebookCulture.Apply(language));
        // The compiler's first use costs seconds: pay it now, while the front end connects.
        _worker.Post(() => new NotebookSession(folder, new OutputSink(new OutputFormatter())).Execute("1 + 1", 0));
        _worker.Post(() => _returner.Change(IdleBeforeReturn, Timeout.InfiniteTimeSpan));
    }

    /// <summary>Where the session's outputs go (the console is routed there).</summary>
    public OutputSink Sink => _host.Sink;

    /// <summary>The execution count of the last counted cell.</summary>
    public int Count => _count;

    /// <summary>
    /// Runs a cell on the worker and waits for it: <paramref name="started"/> gets its execution count before it runs,
    /// <paramref name="output"/> each output as it appears (never for a silent cell).
    /// </summary>
    public ExecuteOutcome Execute(ExecuteRequest request, Action<int> started, Action<CellOutput> output)
    {
        if (!request.Silent) _count++;
        int count = _count;
        if (!request.Silent) started(count);
        string? result = null;
        var sink = _host.Sink;
        sink.Listener = request.Silent ? _ => { } : o =>
        {
            if (o.Kind == CellOutputKind.Result) result = o.Text;
            output(o);
        };
        var cell = new object();
        _running = cell;
        var failure = _worker.Run(() => _host.Session.Execute(request.Code, count));
        sink.Flush();
        // What the session prints between cells (a timer, a thread the cell started) is the last shown cell's output, as
        // in ipykernel — not the next cell's.
        if (!request.Silent) _betweenCells = output;
        sink.Listener = _betweenCells ?? (_ => { });
        _running = null;
        _poolsHold = false;
        _returner.Change(IdleBeforeReturn, Timeout.InfiniteTimeSpan);
        if (request.StoreHistory && !request.Silent) lock (_history) _history.Add(new HistoryEntry(count, request.Code, result));
        return new ExecuteOutcome(count, failure is null ? null : CellFailure.Of(failure, count, _worker.Interrupted));
    }

    /// <summary>How long the kernel waits after a cell before it gives unused memory back.</summary>
    private static readonly TimeSpan IdleBeforeReturn = TimeSpan.FromSeconds(1);

    /// <summary>Memory held beyond the heap and the last baseline that makes an idle kernel give memory back: 128 MB.</summary>
    private const long ReturnAbove = 128L << 20;

    /// <summary>Growth of the managed heap since the last return that makes an idle kernel give memory back: 32 MB.</summary>
    private const long HeapAbove = 32L << 20;

    /// <summary>
    /// Gives memory the session no longer uses back to the operating system once the kernel is idle. A full collection
    /// (a cell's <c>GC.Collect()</c>, or the runtime's own) frees a released array's memory for the heap's reuse but
    /// keeps it in the process — measured: 800 MB stayed resident after <c>big = null; GC.Collect();</c> — while an
    /// aggressive collection (<see cref="GCCollectionMode.Aggressive"/>) returns it. One runs a second after a cell (or
    /// the start-up's warm-up) ends, when the process holds <see cref="ReturnAbove"/> more beside the managed heap than
    /// after the last one (code, type data, mapped files — what no collection frees), or its managed heap holds
    /// <see cref="HeapAbove"/> more than after the last one: after a cell whose large data was released or that built a
    /// large output, never after ordinary cells, never while a cell runs. After a return for a grown heap one more runs
    /// <see cref="PoolsLetGoAfter"/> later if no cell ran since: the buffers a large output was encoded in stay in the
    /// runtime's shared array pools until then (the first chart's message carries plotly.js, and System.Text.Json rents
    /// six times a string's length to escape it: ~80 MB of the heap after notebook 01, ~13 MB of them resident).
    /// BENCHMARKS.md has what each returns.
    /// </summary>
    private void ReturnMemory(object? state)
    {
        if (_running is not null) return;
        long heap = GC.GetGCMemoryInfo().TotalCommittedBytes;
        bool heapGrew = heap >= _heapAfterReturn + HeapAbove;
        bool besideGrew = Environment.WorkingSet - heap >= _besideHeap + ReturnAbove;
        if (_poolsHold)
        {
            // The pools let go of their unused buffers when a full collection runs, and what they let go of is freed by the next.
            _poolsHold = false;
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        else if (_besideHeap > 0 && !besideGrew && !heapGrew) return;
        else if (heapGrew && _heapAfterReturn > 0)
        {
            _poolsHold = true;
            _returner.Change(PoolsLetGoAfter, Timeout.InfiniteTimeSpan);
        }
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _heapAfterReturn = GC.GetGCMemoryInfo().TotalCommittedBytes;
        _besideHeap = Environment.WorkingSet - _heapAfterReturn;
    }

    /// <summary>
    /// How long after a return for a grown heap one more runs: the runtime's shared array pools let go of a buffer that
    /// a full collection found unused 30 s earlier (a few seconds' margin).
    /// </summary>
    private static readonly TimeSpan PoolsLetGoAfter = TimeSpan.FromSeconds(33);

    /// <summary>Completions at UTF-16 index <paramref name="cursor"/> of <paramref name="code"/>, replacing [Start, End).</summary>
    public (IReadOnlyList<CodeAssistance.Completion> Items, int Start, int End) Complete(string code, int cursor) => _assistance.Complete(_host.Session, code, cursor);

    /// <summary>Quick info at UTF-16 index <paramref name="cursor"/>, or null.</summary>
    public string? Inspect(string code, int cursor) => _assistance.Inspect(_host.Session, code, cursor);

    /// <summary>complete, incomplete or invalid (<see cref="CodeAssistance.IsComplete"/>).</summary>
    public static string IsComplete(string code) => CodeAssistance.IsComplete(code);

    /// <summary>The stored cells <paramref name="query"/> selects, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> History(HistoryQuery query)
    {
        List<HistoryEntry> all;
        lock (_history) all = [.. _history];
        IEnumerable<HistoryEntry> entries = all;
        if (query.Access == "range") entries = all.Where(h => h.Line >= query.Start && h.Line < query.Stop);
        else if (query.Access == "search")
        {
            var pattern = new Regex("^" + Regex.Escape(query.Pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.Singleline);
            entries = all.Where(h => pattern.IsMatch(h.Input));
            if (query.Unique) entries = entries.Reverse().DistinctBy(h => h.Input).Reverse();
            if (query.N is int last) entries = entries.TakeLast(last);
        }
        else entries = all.TakeLast(query.N ?? 10);
        return [.. entries];
    }

    /// <summary>
    /// Interrupts the running cell, if any. A cell blocked where no interruption point reaches (native code, a library
    /// loop that never checks) cannot be stopped from inside the process: if it still runs after
    /// <see cref="StopGrace"/> seconds, <paramref name="blocked"/> gets the message that says so, with the way out
    /// (restart the kernel) — instead of a silent hang.
    /// </summary>
    public void Interrupt(Action<string> blocked)
    {
        var cell = _running;
        if (!_worker.Interrupt() || cell is null) return;
        new Thread(() =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(StopGrace));
            if (ReferenceEquals(_running, cell)) blocked(Localized.Format(EngineStrings.Blocked, StopGrace) + "\n");
        }) { IsBackground = true, Name = "interrupt-watch" }.Start();
    }

    /// <summary>Stops the running cell for a shutdown.</summary>
    public void Stop() => _worker.Interrupt();

    /// <summary>Stops the worker and gives the console back.</summary>
    public void Dispose()
    {
        _flusher.Dispose();
        _returner.Dispose();
        _worker.Dispose();
        _host.Dispose();
    }
}
