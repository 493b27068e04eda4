using System.Text.Json.Nodes;

namespace SmeNotebooks.Kernel.Protocol;

/// <summary>
/// A request the kernel cannot act on: a field of the wrong type (its name, what the specification wants and what came,
/// shortened), or a part of the message that cannot be read.
/// </summary>
internal sealed class InvalidRequestException : Exception
{
    /// <summary>A field of the wrong type.</summary>
    public InvalidRequestException(string field, string expected, JsonNode received) : base($"'{field}' must be {expected}, not {Shortened(received)}.") { }

    /// <summary>A message part that cannot be read (<see cref="JupyterMessage.Unreadable"/>).</summary>
    public InvalidRequestException(string unreadable) : base(unreadable + ".") { }

    private static string Shortened(JsonNode received)
    {
        string json = received.ToJsonString();
        return json.Length <= 40 ? json : json[..40] + "…";
    }
}
