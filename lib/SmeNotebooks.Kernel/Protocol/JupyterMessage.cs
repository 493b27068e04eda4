using System.Text.Json.Nodes;

namespace SmeNotebooks.Kernel.Protocol;

/// <summary>
/// One Jupyter message: the routing identities it came with (zero or more), its header, the header of the message it
/// answers, metadata, content and binary buffers (Jupyter messaging 5.3, "The Wire Protocol").
/// </summary>
/// <param name="Identities">ZeroMQ routing prefixes, sent back unchanged with a reply.</param>
/// <param name="Header">msg_id, session, username, date, msg_type, version.</param>
/// <param name="ParentHeader">The header of the request this message answers (empty for a request).</param>
/// <param name="Metadata">Free-form metadata.</param>
/// <param name="Content">The message body.</param>
/// <param name="Buffers">Extra binary frames.</param>
internal sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities, JsonObject Header, JsonObject ParentHeader, JsonObject Metadata, JsonObject Content, IReadOnlyList<byte[]> Buffers)
{
    /// <summary>
    /// Why a part other than the header could not be read (not UTF-8, not a JSON object), that part then empty; null
    /// for a whole message. A request that arrives so is answered with this as its error.
    /// </summary>
    public string? Unreadable { get; init; }

    /// <summary>The header's msg_type; empty when it is missing or not a string (no handler answers it).</summary>
    public string Type => Text("msg_type");

    /// <summary>The header's msg_id; empty when it is missing or not a string.</summary>
    public string Id => Text("msg_id");

    /// <summary>The header's session; empty when it is missing or not a string.</summary>
    public string Session => Text("session");

    private string Text(string field) => Header[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
}
