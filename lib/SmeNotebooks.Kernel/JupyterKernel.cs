using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;
using NetMQ.Sockets;
using SmeNotebooks.Kernel.Assistance;
using SmeNotebooks.Kernel.Display;
using SmeNotebooks.Kernel.Protocol;
using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Kernel;

/// <summary>
/// A Jupyter kernel for the collection's C# notebooks (Jupyter messaging protocol 5.3). Cells run in the engine's
/// <see cref="NotebookSession"/> — the same engine, directives, formatters and offline packages — on one worker thread;
/// the shell loop answers execute, complete, inspect, is_complete, history, comm_info, kernel_info and shutdown
/// requests; a control thread answers kernel_info, shutdown and interrupt even while a cell runs. Every request is
/// framed by status busy and idle on iopub, and every reply and output names its request as parent.
/// </summary>
internal sealed class JupyterKernel : IDisposable
{
    private readonly Channels _channels;
    private readonly CellWorker _worker = new();
    private readonly NotebookHost _host;
    private readonly OutputSink _sink;
    private readonly MimeBundle _mime = new();
    private readonly CodeAssistance _assistance = new();
    private readonly NotebookSession _session;
    private readonly List<HistoryEntry> _history = [];
    private readonly Thread _control;
    private volatile bool _stopping;
    private int _executionCount;
    private JupyterMessage? _current;
    private readonly KernelIdentity _identity;

    /// <summary>Binds the sockets of <paramref name="connection"/> and prepares a session in the current folder.</summary>
    public JupyterKernel(ConnectionInfo connection, KernelIdentity? identity = null)
    {
        _identity = identity ?? KernelIdentity.English;
        _channels = new Channels(connection, new MessageCodec(connection.Key, Guid.NewGuid().ToString("N")));
        _host = NotebookHost.Start(_identity.Language, Directory.GetCurrentDirectory(), PackageRestore.Restore);
        _worker.Post(() => NotebookCulture.Apply(_identity.Language));
        _session = _host.Session;
        _sink = _host.Sink;
        Console.SetIn(new StdinReader(_channels, () => _current, _sink.Flush));
        _control = new Thread(ControlLoop) { IsBackground = true, Name = "control" };
        // The compiler's first use costs seconds: pay it now, while the front end connects.
        _worker.Post(() => new NotebookSession(Directory.GetCurrentDirectory(), new OutputSink(new OutputFormatter())).Execute("1 + 1", 0));
    }

    /// <summary>Serves until a shutdown request.</summary>
    public void Run()
    {
        _control.Start();
        while (!_stopping)
            if (_channels.Receive(_channels.Shell, TimeSpan.FromMilliseconds(100)) is { } request) Serve(_channels.Shell, request);
    }

    private void ControlLoop()
    {
        while (!_stopping)
            if (_channels.Receive(_channels.Control, TimeSpan.FromMilliseconds(100)) is { } request) Serve(_channels.Control, request);
    }

    /// <summary>Status busy, the handler's reply (if any), status idle.</summary>
    private void Serve(RouterSocket socket, JupyterMessage request)
    {
        Status("busy", request);
        try
        {
            var reply = request.Type switch
            {
                "kernel_info_request" => Reply("kernel_info_reply", KernelInfo()),
                "execute_request" => Reply("execute_reply", Execute(request)),
                "complete_request" => Reply("complete_reply", Complete(request.Content)),
                "inspect_request" => Reply("inspect_reply", Inspect(request.Content)),
                "is_complete_request" => Reply("is_complete_reply", IsComplete(request.Content)),
                "history_request" => Reply("history_reply", History(request.Content)),
                "comm_info_request" => Reply("comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() }),
                "comm_open" => CloseComm(request),
                "shutdown_request" => Reply("shutdown_reply", Shutdown(request.Content)),
                "interrupt_request" => Reply("interrupt_reply", Interrupt()),
                _ => Ignore(request),
            };
            if (reply is not null) _channels.Send(socket, _channels.Codec.Create(reply.Value.Type, reply.Value.Content, request));
        }
        catch (Exception ex)
        {
            // A request is always answered: the client would otherwise wait for ever.
            Channels.Log($"{request.Type} failed: {ex.GetType().Name}: {ex.Message}");
            if (request.Type.EndsWith("_request", StringComparison.Ordinal))
            {
                var error = new JsonObject
                {
                    ["status"] = "error", ["ename"] = ex is InvalidRequestException ? "InvalidRequest" : ex.GetType().Name, ["evalue"] = ex.Message,
                    ["traceback"] = new JsonArray(JsonValue.Create(ex.Message)),
                };
                if (request.Type == "execute_request") error["execution_count"] = _executionCount;
                _channels.Send(socket, _channels.Codec.Create(request.Type[..^"_request".Length] + "_reply", error, request));
            }
        }
        finally
        {
            Status("idle", request);
        }
    }

    private static (string Type, JsonObject Content)? Reply(string type, JsonObject content) => (type, content);

    private (string Type, JsonObject Content)? Ignore(JupyterMessage request)
    {
        Channels.Log($"no handler for '{request.Type}'");
        return null;
    }

    private void Status(string state, JupyterMessage parent) =>
        _channels.Publish(_channels.Codec.Create("status", new JsonObject { ["execution_state"] = state }, parent));

    private JsonObject KernelInfo() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = MessageCodec.ProtocolVersion,
        ["implementation"] = _identity.Name,
        ["implementation_version"] = typeof(JupyterKernel).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
        ["language_info"] = new JsonObject
        {
            ["name"] = "C#",
            ["version"] = "13.0",
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = Localized.Format(EngineStrings.Banner, Environment.Version),
        ["help_links"] = new JsonArray(),
    };

    private JsonObject Execute(JupyterMessage request)
    {
        string code = request.Content.String("code", "");
        bool silent = request.Content.Bool("silent", false);
        bool storeHistory = request.Content.Bool("store_history", !silent);
        if (!silent) _executionCount++;
        int count = _executionCount;
        var entry = new HistoryEntry(count, code);
        if (storeHistory) _history.Add(entry);
        if (!silent) _channels.Publish(_channels.Codec.Create("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count }, request));

        _current = request;
        _sink.Listener = silent ? _ => { } : output =>
        {
            if (output.Kind == CellOutputKind.Result) entry.Output = output.Text;
            Publish(output, request, count);
        };
        using var flusher = new Timer(_ => _sink.Flush(), null, 100, 100);
        var failure = _worker.Run(() => _session.Execute(code, count));
        flusher.Dispose();
        _sink.Flush();
        _sink.Listener = null;
        _current = null;
        if (failure is null)
            return new JsonObject { ["status"] = "ok", ["execution_count"] = count, ["payload"] = new JsonArray(), ["user_expressions"] = new JsonObject() };

        var described = CellFailure.Of(failure, count, _worker.Interrupted);
        if (!silent)
            _channels.Publish(_channels.Codec.Create("error", new JsonObject { ["ename"] = described.Name, ["evalue"] = described.Message, ["traceback"] = Array(described.Traceback) }, request));
        return new JsonObject { ["status"] = "error", ["execution_count"] = count, ["ename"] = described.Name, ["evalue"] = described.Message, ["traceback"] = Array(described.Traceback) };
    }

    private void Publish(CellOutput output, JupyterMessage request, int count)
    {
        var message = output.Kind switch
        {
            CellOutputKind.Stdout or CellOutputKind.Stderr => _channels.Codec.Create("stream", new JsonObject { ["name"] = output.Kind.ToString().ToLowerInvariant(), ["text"] = output.Text }, request),
            CellOutputKind.Result => _channels.Codec.Create("execute_result", new JsonObject { ["execution_count"] = count, ["data"] = _mime.Data(output), ["metadata"] = new JsonObject() }, request),
            CellOutputKind.Update => _channels.Codec.Create("update_display_data", new JsonObject { ["data"] = _mime.Data(output), ["metadata"] = new JsonObject(), ["transient"] = Transient(output) }, request),
            _ => _channels.Codec.Create("display_data", new JsonObject { ["data"] = _mime.Data(output), ["metadata"] = new JsonObject(), ["transient"] = Transient(output) }, request),
        };
        _channels.Publish(message);
    }

    private static JsonObject Transient(CellOutput output) => output.DisplayId is { } id ? new JsonObject { ["display_id"] = id } : new JsonObject();

    private JsonObject Complete(JsonObject content)
    {
        string code = content.String("code", "");
        int cursor = CodePoints.ToUtf16(code, content.Int("cursor_pos") ?? code.Length);
        var (items, start, end) = _assistance.Complete(_session, code, cursor);
        int startPoint = CodePoints.FromUtf16(code, start), endPoint = CodePoints.FromUtf16(code, end);
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = Array(items.Select(i => i.Text)),
            ["cursor_start"] = startPoint,
            ["cursor_end"] = endPoint,
            ["metadata"] = new JsonObject
            {
                ["_jupyter_types_experimental"] = new JsonArray(items.Select(i => (JsonNode)new JsonObject
                {
                    ["start"] = startPoint, ["end"] = endPoint, ["text"] = i.Text, ["type"] = i.Kind,
                }).ToArray()),
            },
        };
    }

    private JsonObject Inspect(JsonObject content)
    {
        string code = content.String("code", "");
        int cursor = CodePoints.ToUtf16(code, content.Int("cursor_pos") ?? code.Length);
        string? info = _assistance.Inspect(_session, code, cursor);
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = info is not null,
            ["data"] = info is null ? new JsonObject() : new JsonObject { ["text/plain"] = info },
            ["metadata"] = new JsonObject(),
        };
    }

    private static JsonObject IsComplete(JsonObject content)
    {
        string status = CodeAssistance.IsComplete(content.String("code", ""));
        var reply = new JsonObject { ["status"] = status };
        if (status == "incomplete") reply["indent"] = "    ";
        return reply;
    }

    /// <summary>An executed cell as history_request returns it: its number, input and (text/plain) result.</summary>
    private sealed class HistoryEntry(int line, string input)
    {
        public int Line { get; } = line;
        public string Input { get; } = input;
        public string? Output { get; set; }
    }

    /// <summary>tail (last n), range (start ≤ line &lt; stop) and search (glob over the whole input; unique, last n), as IPython answers them.</summary>
    private JsonObject History(JsonObject content)
    {
        string access = content.String("hist_access_type", "tail");
        bool output = content.Bool("output", false);
        int? n = content.Int("n");
        IEnumerable<HistoryEntry> entries = _history;
        if (access == "range")
        {
            int start = content.Int("start") ?? 0, stop = content.Int("stop") ?? int.MaxValue;
            entries = _history.Where(h => h.Line >= start && h.Line < stop);
        }
        else if (access == "search")
        {
            string glob = content.String("pattern", "*");
            var pattern = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(glob).Replace("\\*", ".*").Replace("\\?", ".") + "$", System.Text.RegularExpressions.RegexOptions.Singleline);
            entries = _history.Where(h => pattern.IsMatch(h.Input));
            if (content.Bool("unique", false)) entries = entries.Reverse().DistinctBy(h => h.Input).Reverse();
            if (n is int last) entries = entries.TakeLast(last);
        }
        else entries = _history.TakeLast(n ?? 10);
        return new JsonObject
        {
            ["status"] = "ok",
            ["history"] = new JsonArray(entries.Select(h => (JsonNode)new JsonArray(0, h.Line,
                output ? new JsonArray(h.Input, h.Output) : JsonValue.Create(h.Input))).ToArray()),
        };
    }

    private (string Type, JsonObject Content)? CloseComm(JupyterMessage request)
    {
        // No comm targets exist: close the comm at once, as the protocol asks.
        _channels.Publish(_channels.Codec.Create("comm_close", new JsonObject { ["comm_id"] = request.Content.String("comm_id", ""), ["data"] = new JsonObject() }, request));
        return null;
    }

    private JsonObject Shutdown(JsonObject content)
    {
        _worker.Interrupt();
        _stopping = true;
        return new JsonObject { ["status"] = "ok", ["restart"] = content.Bool("restart", false) };
    }

    /// <summary>Seconds an interrupted cell may take to stop before the front end is told it cannot be.</summary>
    private const int StopGrace = 3;

    /// <summary>
    /// Interrupts the running cell. A cell blocked where no interruption point reaches (native code, a library loop
    /// that never checks) cannot be stopped from inside the process: after <see cref="StopGrace"/> seconds the front end
    /// is told so on the cell's stderr, with the way out — restart the kernel — instead of a silent hang.
    /// </summary>
    private JsonObject Interrupt()
    {
        var request = _current;
        if (_worker.Interrupt() && request is not null)
        {
            new Thread(() =>
            {
                Thread.Sleep(TimeSpan.FromSeconds(StopGrace));
                if (ReferenceEquals(_current, request))
                    _channels.Publish(_channels.Codec.Create("stream", new JsonObject
                    {
                        ["name"] = "stderr",
                        ["text"] = Localized.Format(EngineStrings.Blocked, StopGrace) + "\n",
                    }, request));
            }) { IsBackground = true, Name = "interrupt-watch" }.Start();
        }
        return new JsonObject { ["status"] = "ok" };
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    /// <summary>Stops the threads and closes the sockets.</summary>
    public void Dispose()
    {
        _stopping = true;
        _control.Join(TimeSpan.FromSeconds(1));
        _worker.Dispose();
        _host.Dispose();
        _channels.Dispose();
    }
}
