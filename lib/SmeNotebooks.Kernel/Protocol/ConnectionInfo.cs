using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmeNotebooks.Kernel.Protocol;

/// <summary>
/// The connection file a Jupyter front end writes for the kernel it starts (Jupyter messaging docs, "Connection
/// files"): transport, address, the five ports and the signing key. Unknown fields (jupyter_client 7 adds
/// <c>kernel_name</c>) are ignored.
/// </summary>
/// <param name="Transport">"tcp", the only transport this kernel serves (see <see cref="Load"/>).</param>
/// <param name="Ip">The address to bind, normally 127.0.0.1; the kernel binds nothing else.</param>
/// <param name="ShellPort">Requests (ROUTER).</param>
/// <param name="IopubPort">Broadcast outputs and status (PUB).</param>
/// <param name="StdinPort">input_request to the front end (ROUTER).</param>
/// <param name="ControlPort">Shutdown, interrupt, kernel_info while busy (ROUTER).</param>
/// <param name="HbPort">Heartbeat echo (REP).</param>
/// <param name="Key">HMAC key; empty means messages are not signed.</param>
/// <param name="SignatureScheme">"hmac-sha256" (the only scheme this kernel speaks).</param>
internal sealed record ConnectionInfo(
    [property: JsonPropertyName("transport")] string Transport,
    [property: JsonPropertyName("ip")] string Ip,
    [property: JsonPropertyName("shell_port")] int ShellPort,
    [property: JsonPropertyName("iopub_port")] int IopubPort,
    [property: JsonPropertyName("stdin_port")] int StdinPort,
    [property: JsonPropertyName("control_port")] int ControlPort,
    [property: JsonPropertyName("hb_port")] int HbPort,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("signature_scheme")] string SignatureScheme)
{
    /// <summary>
    /// Reads and checks a connection file. The ipc transport is refused by name: NetMQ's ipc is TCP on a port derived
    /// from the name, so a kernel that accepted it bound a socket no libzmq client connects to (clients timed out).
    /// </summary>
    /// <exception cref="InvalidDataException">An empty file, another signature scheme, or a transport other than tcp.</exception>
    public static ConnectionInfo Load(string path)
    {
        var info = JsonSerializer.Deserialize<ConnectionInfo>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"The connection file '{path}' is empty.");
        if (info.SignatureScheme is not ("hmac-sha256" or "") && info.Key.Length > 0)
            throw new InvalidDataException($"Signature scheme '{info.SignatureScheme}' is not supported; use hmac-sha256.");
        if (info.Transport == "ipc")
            throw new InvalidDataException("The ipc transport is not supported: the kernel's ZeroMQ library (NetMQ) emulates ipc over TCP, which Jupyter's clients cannot reach; start the kernel with the tcp transport (jupyter_client's default).");
        if (info.Transport != "tcp")
            throw new InvalidDataException($"Transport '{info.Transport}' is not supported; use tcp.");
        return info;
    }

    /// <summary>The ZeroMQ endpoint of a port, e.g. tcp://127.0.0.1:5555.</summary>
    public string Endpoint(int port) => $"tcp://{Ip}:{port}";
}
