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
    /// <summary>The header's msg_type.</summary>
    public string Type => Header["msg_type"]?.GetValue<string>() ?? "";

    /// <summary>The header's msg_id.</summary>
    public string Id => Header["msg_id"]?.GetValue<string>() ?? "";

    /// <summary>The header's session.</summary>
    public string Session => Header["session"]?.GetValue<string>() ?? "";
}
