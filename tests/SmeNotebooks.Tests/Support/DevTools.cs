using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmeNotebooks.Tests.Support;

/// <summary>
/// Headless Chromium driven over the DevTools protocol (a fresh profile, offline flags): one page, JavaScript evaluated
/// with promises awaited, real mouse clicks, and every request the page and its workers made (Network events; workers
/// are attached automatically), so a test can prove that nothing left the page's origin.
/// </summary>
public sealed class DevTools : IDisposable
{
    private readonly Process _chromium;
    private readonly ClientWebSocket _socket = new();
    private readonly Dictionary<int, TaskCompletionSource<JsonObject>> _waiting = [];
    private readonly List<string> _requests = [];
    private readonly string _profile = Directory.CreateTempSubdirectory("sme-devtools-").FullName;
    private readonly CancellationTokenSource _closing = new();
    private int _next;

    /// <summary>Starts Chromium with an empty page.</summary>
    public DevTools()
    {
        int port = FreePort();
        var start = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={_profile}", $"--remote-debugging-port={port}", "about:blank",
        }) start.ArgumentList.Add(a);
        _chromium = Process.Start(start)!;
        _chromium.OutputDataReceived += (_, _) => { };
        _chromium.ErrorDataReceived += (_, _) => { };
        _chromium.BeginOutputReadLine();
        _chromium.BeginErrorReadLine();
        string page = PageSocket(port);
        _socket.ConnectAsync(new Uri(page), CancellationToken.None).Wait(TimeSpan.FromSeconds(30));
        _ = Task.Run(Listen);
        Call("Runtime.enable");
        Call("Network.enable");
        Call("Page.enable");
        Call("Target.setAutoAttach", new JsonObject { ["autoAttach"] = true, ["waitForDebuggerOnStart"] = false, ["flatten"] = true });
    }

    /// <summary>Every URL the page and its workers requested so far.</summary>
    public IReadOnlyList<string> Requests { get { lock (_requests) return [.. _requests]; } }

    /// <summary>A port on 127.0.0.1 that nothing listens on now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string PageSocket(int port)
    {
        using var http = new HttpClient();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                var targets = JsonNode.Parse(http.GetStringAsync($"http://127.0.0.1:{port}/json/list").Result)!.AsArray();
                if (targets.FirstOrDefault(t => (string?)t!["type"] == "page") is { } target) return (string)target["webSocketDebuggerUrl"]!;
            }
            catch (AggregateException) when (DateTime.UtcNow < until) { }
            if (DateTime.UtcNow > until) throw new TimeoutException("Chromium did not open its DevTools port.");
            Thread.Sleep(100);
        }
    }

    private async Task Listen()
    {
        var buffer = new byte[1 << 20];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _closing.Token);
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                if (json["id"] is { } id && json["sessionId"] is null)
                {
                    TaskCompletionSource<JsonObject>? waiting;
                    lock (_waiting) _waiting.Remove((int)id, out waiting);
                    waiting?.SetResult(json);
                }
                else if ((string?)json["method"] == "Network.requestWillBeSent")
                {
                    lock (_requests) _requests.Add((string)json["params"]!["request"]!["url"]!);
                }
                else if ((string?)json["method"] == "Target.attachedToTarget" && json["params"]!["sessionId"] is { } session)
                {
                    // A worker: report its requests too, and let it run.
                    _ = Send("Network.enable", new JsonObject(), (string)session!);
                    _ = Send("Runtime.runIfWaitingForDebugger", new JsonObject(), (string)session!);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException) { }
    }

    private Task<JsonObject> Send(string method, JsonObject parameters, string? session = null)
    {
        int id = Interlocked.Increment(ref _next);
        var done = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (session is null) lock (_waiting) _waiting[id] = done;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (session is not null) { message["sessionId"] = session; done.SetResult(new JsonObject()); }
        lock (_socket) _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None).Wait();
        return done.Task;
    }

    /// <summary>Calls a DevTools method and returns its result (throws on a protocol error).</summary>
    public JsonObject Call(string method, JsonObject? parameters = null, int seconds = 60)
    {
        var reply = Send(method, parameters ?? new JsonObject());
        if (!reply.Wait(TimeSpan.FromSeconds(seconds))) throw new TimeoutException($"{method}: no answer in {seconds} s.");
        if (reply.Result["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
        return reply.Result["result"]!.AsObject();
    }

    /// <summary>Opens <paramref name="url"/> and waits until <paramref name="readyExpression"/> is true.</summary>
    public void Open(string url, string readyExpression = "document.readyState === 'complete'")
    {
        Call("Page.navigate", new JsonObject { ["url"] = url });
        var until = DateTime.UtcNow.AddSeconds(60);
        while (Evaluate(readyExpression)?.GetValue<bool>() != true)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"{url}: '{readyExpression}' never became true.");
            Thread.Sleep(100);
        }
    }

    /// <summary>The value of <paramref name="expression"/> (a promise is awaited), as JSON; throws with the page's exception.</summary>
    public JsonNode? Evaluate(string expression, int seconds = 60)
    {
        var result = Call("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true }, seconds);
        if (result["exceptionDetails"] is { } exception)
            throw new InvalidOperationException($"{expression}: {exception["exception"]?["description"] ?? exception["text"]}");
        return result["result"]!["value"]?.DeepClone();
    }

    /// <summary>Clicks the element <paramref name="selector"/> finds with the mouse, at its centre (scrolled into view first).</summary>
    public void Click(string selector)
    {
        var box = Evaluate($"(() => {{ const e = document.querySelector({JsonSerializer.Serialize(selector)}); e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()")!.AsArray();
        foreach (string type in new[] { "mousePressed", "mouseReleased" })
            Call("Input.dispatchMouseEvent", new JsonObject { ["type"] = type, ["x"] = (double)box[0]!, ["y"] = (double)box[1]!, ["button"] = "left", ["clickCount"] = 1 });
    }

    /// <summary>Closes Chromium and removes its profile.</summary>
    public void Dispose()
    {
        _closing.Cancel();
        try { _chromium.Kill(entireProcessTree: true); _chromium.WaitForExit(5000); } catch (InvalidOperationException) { }
        _chromium.Dispose();
        _socket.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
