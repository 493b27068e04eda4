using System.Text.Json.Nodes;

namespace SmeNotebooks.Kernel.Protocol;

/// <summary>A request field of the wrong type: its name, what the specification wants and what came (shortened).</summary>
internal sealed class InvalidRequestException(string field, string expected, JsonNode received)
    : Exception($"'{field}' must be {expected}, not {Shortened(received)}.")
{
    private static string Shortened(JsonNode received)
    {
        string json = received.ToJsonString();
        return json.Length <= 40 ? json : json[..40] + "…";
    }
}
