using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmeNotebooks.Kernel.Protocol;

/// <summary>
/// Turns ZeroMQ frames into <see cref="JupyterMessage"/>s and back: <c>[identities…, "&lt;IDS|MSG&gt;", signature,
/// header, parent_header, metadata, content, buffers…]</c>. The signature is the lowercase hex HMAC-SHA256 of the four
/// JSON frames as received (an empty key means no signature); a signature seen before is a replay and refused, as
/// ipykernel refuses it. Every message the kernel makes gets a fresh msg_id, the
/// kernel's session, the current UTC time and protocol version 5.3.
/// </summary>
internal sealed class MessageCodec
{
    /// <summary>The delimiter between routing identities and the message.</summary>
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    /// <summary>The protocol version spoken.</summary>
    public const string ProtocolVersion = "5.3";

    private readonly byte[] _key;
    private readonly RecentSignatures _seen = new(RecentSignatures.Capacity);

    /// <summary>A codec signing with <paramref name="key"/> for the kernel session <paramref name="session"/>.</summary>
    public MessageCodec(string key, string session)
    {
        _key = Encoding.UTF8.GetBytes(key);
        Session = session;
    }

    /// <summary>The kernel's session id (one per process).</summary>
    public string Session { get; }

    /// <summary>
    /// Decodes <paramref name="frames"/>; returns null with the reason when they are not a message, the signature does
    /// not verify or the header cannot be read (the reason never contains the key). A message whose other parts cannot
    /// be read comes back with them empty and <see cref="JupyterMessage.Unreadable"/> saying why, so that it is answered.
    /// </summary>
    public JupyterMessage? Decode(IReadOnlyList<byte[]> frames, out string? problem)
    {
        int delimiter = -1;
        for (int i = 0; i < frames.Count && delimiter < 0; i++)
            if (frames[i].AsSpan().SequenceEqual(Delimiter)) delimiter = i;
        if (delimiter < 0 || frames.Count < delimiter + 6)
        {
            problem = $"not a Jupyter message ({frames.Count} frames, {(delimiter < 0 ? "no delimiter" : "too few frames after the delimiter")})";
            return null;
        }
        var parts = frames.Skip(delimiter + 2).Take(4).ToArray();
        if (_key.Length > 0)
        {
            string received = Encoding.ASCII.GetString(frames[delimiter + 1]);
            byte[] expected = Encoding.ASCII.GetBytes(Sign(parts));
            if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(received)))
            {
                problem = "the signature does not verify";
                return null;
            }
            if (!_seen.Add(received))
            {
                problem = "a replayed message (its signature was seen before)";
                return null;
            }
        }
        if (Read(parts[0], out string? headerProblem) is not { } header)
        {
            problem = $"an unreadable header ({headerProblem})";
            return null;
        }
        // With a readable header the request can be answered: an unreadable parent header, metadata or content is the
        // reply's error (Unreadable), not a silence the client would wait on for ever.
        string? unreadable = null;
        JsonObject Part(int index, string name)
        {
            if (Read(parts[index], out string? why) is { } part) return part;
            unreadable ??= $"the message's {name} is unreadable: {why}";
            return [];
        }
        var message = new JupyterMessage(frames.Take(delimiter).ToArray(), header, Part(1, "parent header"), Part(2, "metadata"), Part(3, "content"),
            frames.Skip(delimiter + 6).ToArray()) { Unreadable = unreadable };
        problem = null;
        return message;
    }

    /// <summary>A frame as a JSON object (an empty frame is <c>{}</c>), or null with why: not UTF-8, not JSON, not an object.</summary>
    private static JsonObject? Read(byte[] frame, out string? problem)
    {
        if (!System.Text.Unicode.Utf8.IsValid(frame))
        {
            problem = "not valid UTF-8";
            return null;
        }
        try
        {
            var node = JsonNode.Parse(frame.Length == 0 ? "{}"u8 : frame);
            problem = node is JsonObject ? null : "not a JSON object";
            return node as JsonObject;
        }
        catch (JsonException ex)
        {
            problem = $"not JSON ({ex.Message})";
            return null;
        }
    }

    /// <summary>Encodes <paramref name="message"/> as frames, signed.</summary>
    public List<byte[]> Encode(JupyterMessage message)
    {
        var parts = new[] { message.Header, message.ParentHeader, message.Metadata, message.Content }
            .Select(o => Encoding.UTF8.GetBytes(o.ToJsonString())).ToArray();
        var frames = new List<byte[]>(message.Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(_key.Length == 0 ? "" : Sign(parts)));
        frames.AddRange(parts);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>A new message of <paramref name="type"/> answering <paramref name="parent"/> (null: no parent).</summary>
    public JupyterMessage Create(string type, JsonObject content, JupyterMessage? parent, IReadOnlyList<byte[]>? identities = null) => new(
        identities ?? parent?.Identities ?? [],
        new JsonObject
        {
            ["msg_id"] = Guid.NewGuid().ToString("N"),
            ["session"] = Session,
            ["username"] = "kernel",
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["msg_type"] = type,
            ["version"] = ProtocolVersion,
        },
        parent is null ? new JsonObject() : (JsonObject)parent.Header.DeepClone(),
        new JsonObject(), content, []);

    private string Sign(IEnumerable<byte[]> parts)
    {
        using var hmac = new HMACSHA256(_key);
        foreach (var part in parts) hmac.TransformBlock(part, 0, part.Length, null, 0);
        hmac.TransformFinalBlock([], 0, 0);
        return Convert.ToHexString(hmac.Hash!).ToLowerInvariant();
    }
}
