using System.Collections.Concurrent;
using NetMQ;
using NetMQ.Sockets;

namespace SmeNotebooks.Kernel.Protocol;

/// <summary>
/// The kernel's five ZeroMQ sockets, bound to the address of the connection file only. NetMQ sockets are not
/// thread-safe, so each has one owner: the heartbeat and control sockets their own threads, the shell socket the
/// shell loop, the stdin socket the cell that asks for input; and every iopub message goes through
/// <see cref="Publish"/> into one queue drained by the single thread that owns the PUB socket.
/// </summary>
internal sealed class Channels : IDisposable
{
    private readonly BlockingCollection<JupyterMessage> _iopub = new();
    private readonly PublisherSocket _publisher = new();
    private readonly ResponseSocket _heartbeat = new();
    private readonly Thread _iopubThread, _heartbeatThread;
    private readonly CancellationTokenSource _stop = new();
    private int _disposed;

    /// <summary>Binds all five sockets and starts the heartbeat and iopub threads.</summary>
    /// <exception cref="IOException">A port of the connection file is taken by another process: the front end chose
    /// it as free, and something else bound it before the kernel could (on a shared server, another user's kernel
    /// given the same port by its own front end).</exception>
    public Channels(ConnectionInfo connection, MessageCodec codec)
    {
        Codec = codec;
        foreach (var (socket, channel, port) in new (NetMQSocket, string, int)[]
                 {
                     (Shell, "shell", connection.ShellPort), (Control, "control", connection.ControlPort), (Stdin, "stdin", connection.StdinPort),
                     (_publisher, "iopub", connection.IopubPort), (_heartbeat, "heartbeat", connection.HbPort),
                 })
        {
            try { socket.Bind(connection.Endpoint(port)); }
            catch (AddressAlreadyInUseException)
            {
                foreach (var bound in Sockets) bound.Dispose();
                NetMQConfig.Cleanup(block: false);
                throw new IOException($"the {channel} channel's address {connection.Endpoint(port)} is in use by another process.");
            }
        }
        _heartbeatThread = new Thread(Heartbeat) { IsBackground = true, Name = "heartbeat" };
        _iopubThread = new Thread(DrainIopub) { IsBackground = true, Name = "iopub" };
        _heartbeatThread.Start();
        _iopubThread.Start();
    }

    /// <summary>The five sockets.</summary>
    private NetMQSocket[] Sockets => [Shell, Control, Stdin, _publisher, _heartbeat];

    /// <summary>Signs and parses messages.</summary>
    public MessageCodec Codec { get; }

    /// <summary>Requests: execute, complete, inspect, … (owned by the shell loop).</summary>
    public RouterSocket Shell { get; } = new();

    /// <summary>Shutdown, interrupt and kernel_info while a cell runs (owned by the control thread).</summary>
    public RouterSocket Control { get; } = new();

    /// <summary>input_request and input_reply (owned by the running cell).</summary>
    public RouterSocket Stdin { get; } = new();

    /// <summary>Queues a message for iopub; safe from any thread.</summary>
    public void Publish(JupyterMessage message)
    {
        if (!_iopub.IsAddingCompleted) _iopub.Add(message);
    }

    /// <summary>Sends a message on a ROUTER socket (by the thread that owns it).</summary>
    public void Send(RouterSocket socket, JupyterMessage message) => socket.SendMultipartBytes(Codec.Encode(message));

    /// <summary>Receives one message within <paramref name="timeout"/>; null when none came or it was dropped (logged).</summary>
    public JupyterMessage? Receive(NetMQSocket socket, TimeSpan timeout)
    {
        var frames = new List<byte[]>();
        if (!socket.TryReceiveMultipartBytes(timeout, ref frames!)) return null;
        var message = Codec.Decode(frames, out string? problem);
        if (message is null) Log($"dropped a message: {problem}");
        return message;
    }

    private static readonly TextWriter LogWriter = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };

    /// <summary>Writes a line to the kernel's log: the process's own standard error, not a cell's (never the key).</summary>
    public static void Log(string line)
    {
        lock (LogWriter) LogWriter.WriteLine($"[SmeNotebooks kernel] {line}");
    }

    /// <summary>
    /// Echoes every ping whole, as ipykernel's heartbeat does: a ping of several frames is received entirely before the
    /// answer (a reply sent with frames still unread breaks the REP socket, and anyone on the machine can send one —
    /// the heartbeat needs no key). Nothing a peer sends may end the thread.
    /// </summary>
    private void Heartbeat()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var ping = new List<byte[]>();
                if (_heartbeat.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(200), ref ping!)) _heartbeat.SendMultipartBytes(ping);
            }
            catch (Exception ex) when (ex is NetMQException or InvalidOperationException)
            {
                Log($"heartbeat: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    private void DrainIopub()
    {
        foreach (var message in _iopub.GetConsumingEnumerable())
        {
            var frames = Codec.Encode(message);
            // iopub's first frame is the topic; the message type serves.
            frames.RemoveRange(0, message.Identities.Count);
            frames.Insert(0, System.Text.Encoding.UTF8.GetBytes($"kernel.{Codec.Session}.{message.Type}"));
            _publisher.SendMultipartBytes(frames);
        }
    }

    /// <summary>Sends what is queued on iopub, stops the threads and closes the sockets.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _iopub.CompleteAdding();
        _iopubThread.Join(TimeSpan.FromSeconds(2));
        _stop.Cancel();
        _heartbeatThread.Join(TimeSpan.FromSeconds(1));
        foreach (var socket in Sockets)
        {
            socket.Options.Linger = TimeSpan.FromMilliseconds(500);
            socket.Dispose();
        }
        // Blocking, within each socket's linger: what was queued is sent before the process ends.
        NetMQConfig.Cleanup(block: true);
    }
}
