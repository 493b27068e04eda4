using System.Text.Json.Nodes;
using NetMQ.Sockets;
using SmeNotebooks.Kernel.Interpreter;
using SmeNotebooks.Kernel.Display;
using SmeNotebooks.Kernel.Protocol;
using SmeNotebooks.Engine.Execution;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Kernel;

/// <summary>
/// A Jupyter kernel for the collection's C# notebooks (Jupyter messaging protocol 5.3): the protocol adapter of the
/// <see cref="KernelInterpreter"/>, which runs cells in the engine's session — the same engine, directives, formatters
/// and offline packages — on one worker thread. It turns messages into the interpreter's records and its results back
/// into messages; the shell loop answers execute, complete, inspect, is_complete, history, comm_info, kernel_info and shutdown
/// requests; a control thread answers kernel_info, shutdown and interrupt even while a cell runs. Every request is
/// framed by status busy and idle on iopub, and every reply and output names its request as parent.
/// </summary>
internal sealed class JupyterKernel : IDisposable
{
    private readonly Channels _channels;
    private readonly KernelInterpreter _interpreter;
    private readonly MimeBundle _mime = new();
    private readonly Thread _control;
    private volatile bool _stopping;
    private JupyterMessage? _current, _last;
    private bool _abortQueued;
    private readonly KernelIdentity _identity;

    /// <summary>Binds the sockets of <paramref name="connection"/> and prepares a session in the current folder.</summary>
    public JupyterKernel(ConnectionInfo connection, KernelIdentity? identity = null)
    {
        _identity = identity ?? KernelIdentity.Source;
        _channels = new Channels(connection, new MessageCodec(connection.Key, Guid.NewGuid().ToString("N")));
        // Jupyter's server names the notebook a kernel is started for (JPY_SESSION_NAME); its catalog translates the cells' messages.
        _interpreter = new KernelInterpreter(_identity.Language, Directory.GetCurrentDirectory(),
            Environment.GetEnvironmentVariable("JPY_SESSION_NAME") is { Length: > 0 } session ? SmeNotebooks.Engine.Translation.NotebookFiles.EnglishName(session) : null,
            PackageRestore.Restore);
        Console.SetIn(new StdinReader(_channels, () => _current, _interpreter.Sink.Flush));
        _control = new Thread(ControlLoop) { IsBackground = true, Name = "control" };
        // What no cell can catch still reaches the front end before the process ends.
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
            Ending(Localized.Format(EngineStrings.EndingOnThreadException, e.ExceptionObject is Exception ex ? $"{ex.GetType().Name}: {ex.Message}" : e.ExceptionObject));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { if (!_stopping && _current is not null) Ending(EngineStrings.EndingOnExit); };
    }

    /// <summary>Serves until a shutdown request.</summary>
    public void Run()
    {
        _control.Start();
        while (!_stopping)
            if (_channels.Receive(_channels.Shell, TimeSpan.FromMilliseconds(100)) is { } request) Serve(_channels.Shell, request);
    }

    /// <summary>
    /// After a cell failed with <c>stop_on_error</c> (the default), the cells queued behind it are not run: each
    /// execute_request that arrived before the failing cell's reply went out is answered <c>aborted</c>, as ipykernel
    /// answers them, so a "run all" stops at the first error; one sent after the client saw the error runs. The queue
    /// is taken before the reply is sent (<see cref="QueuedBehind"/>) and answered after it (this method).
    /// Other requests queued meanwhile are served as usual.
    /// </summary>
    private void AbortQueuedCells(IReadOnlyList<JupyterMessage> queuedBehind)
    {
        foreach (var queued in queuedBehind)
        {
            if (queued.Type != "execute_request") { Serve(_channels.Shell, queued); continue; }
            Status("busy", queued);
            _channels.Send(_channels.Shell, _channels.Codec.Create("execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = _interpreter.Count }, queued));
            Status("idle", queued);
        }
    }

    /// <summary>Every request waiting on the shell channel now, in order.</summary>
    private List<JupyterMessage> QueuedBehind()
    {
        var queued = new List<JupyterMessage>();
        while (_channels.Receive(_channels.Shell, TimeSpan.Zero) is { } request) queued.Add(request);
        return queued;
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
            if (request.Unreadable is { } unreadable) throw new InvalidRequestException(unreadable);
            var reply = request.Type switch
            {
                "kernel_info_request" => Reply("kernel_info_reply", KernelInfo()),
                "execute_request" or "complete_request" or "inspect_request" or "is_complete_request" or "history_request" when socket == _channels.Control =>
                    throw new WrongChannelException(request.Type),
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
            List<JupyterMessage>? queuedBehind = null;
            if (_abortQueued && socket == _channels.Shell) (queuedBehind, _abortQueued) = (QueuedBehind(), false);
            if (reply is not null) _channels.Send(socket, _channels.Codec.Create(reply.Value.Type, reply.Value.Content, request));
            if (queuedBehind is not null) AbortQueuedCells(queuedBehind);
        }
        catch (Exception ex)
        {
            // A request is always answered: the client would otherwise wait for ever.
            Channels.Log($"{request.Type} failed: {ex.GetType().Name}: {ex.Message}");
            if (request.Type.EndsWith("_request", StringComparison.Ordinal))
            {
                var error = new JsonObject
                {
                    ["status"] = "error", ["ename"] = ex switch { InvalidRequestException => "InvalidRequest", WrongChannelException => "WrongChannel", _ => ex.GetType().Name }, ["evalue"] = ex.Message,
                    ["traceback"] = new JsonArray(JsonValue.Create(ex.Message)),
                };
                if (request.Type == "execute_request") error["execution_count"] = _interpreter.Count;
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
        _last = request;
        string code = request.Content.String("code", "");
        bool silent = request.Content.Bool("silent", false);
        var cell = new ExecuteRequest(code, silent, request.Content.Bool("store_history", !silent));
        _current = request;
        int count = 0;
        var outcome = _interpreter.Execute(cell,
            started: n => { count = n; _channels.Publish(_channels.Codec.Create("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = n }, request)); },
            output: o => Publish(o, request, count));
        _current = null;
        if (outcome.Failure is not { } failure)
            return new JsonObject { ["status"] = "ok", ["execution_count"] = outcome.Count, ["payload"] = new JsonArray(), ["user_expressions"] = new JsonObject() };
        if (!silent)
            _channels.Publish(_channels.Codec.Create("error", new JsonObject { ["ename"] = failure.Name, ["evalue"] = failure.Message, ["traceback"] = Array(failure.Traceback) }, request));
        _abortQueued = request.Content.Bool("stop_on_error", true);
        return new JsonObject { ["status"] = "error", ["execution_count"] = outcome.Count, ["ename"] = failure.Name, ["evalue"] = failure.Message, ["traceback"] = Array(failure.Traceback) };
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
        var (items, start, end) = _interpreter.Complete(code, cursor);
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
        string? info = _interpreter.Inspect(code, cursor);
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
        string status = KernelInterpreter.IsComplete(content.String("code", ""));
        var reply = new JsonObject { ["status"] = status };
        if (status == "incomplete") reply["indent"] = "    ";
        return reply;
    }

    private JsonObject History(JsonObject content)
    {
        bool output = content.Bool("output", false);
        var entries = _interpreter.History(new HistoryQuery(content.String("hist_access_type", "tail"), content.Int("n"),
            content.Int("start") ?? 0, content.Int("stop") ?? int.MaxValue, content.String("pattern", "*"), content.Bool("unique", false)));
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
        _interpreter.Stop();
        _stopping = true;
        // A cell no interruption point reaches keeps the shell thread waiting: the process ends anyway once the reply is out.
        new Thread(() =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(KernelInterpreter.StopGrace));
            Channels.Log("a cell could not be stopped; ending the process for the shutdown");
            Environment.Exit(0);
        }) { IsBackground = true, Name = "shutdown-watch" }.Start();
        return new JsonObject { ["status"] = "ok", ["restart"] = content.Bool("restart", false) };
    }

    /// <summary>
    /// The process is ending through no request of the front end's (an exception on a thread a cell started, a cell
    /// calling Environment.Exit): the cell that runs — or the last one — gets the reason on its stderr and on the log,
    /// and iopub is flushed before the process goes.
    /// </summary>
    private void Ending(string reason)
    {
        Channels.Log(reason);
        if ((_current ?? _last) is { } cell)
            _channels.Publish(_channels.Codec.Create("stream", new JsonObject { ["name"] = "stderr", ["text"] = reason + "\n" }, cell));
        _stopping = true;
        _channels.Dispose();
    }

    /// <summary>Interrupts the running cell; a cell that cannot be stopped is reported on its own stderr (<see cref="KernelInterpreter.Interrupt"/>).</summary>
    private JsonObject Interrupt()
    {
        var request = _current;
        _interpreter.Interrupt(blocked =>
        {
            if (request is not null)
                _channels.Publish(_channels.Codec.Create("stream", new JsonObject { ["name"] = "stderr", ["text"] = blocked }, request));
        });
        return new JsonObject { ["status"] = "ok" };
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    /// <summary>Stops the threads and closes the sockets.</summary>
    public void Dispose()
    {
        _stopping = true;
        _control.Join(TimeSpan.FromSeconds(1));
        _interpreter.Dispose();
        _channels.Dispose();
    }
}
