using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmeNotebooks.Kernel.Protocol;

/// <summary>
/// A request's fields read with the types the messaging specification gives them: an absent field takes its default,
/// a field of another type (a number for <c>code</c>, a string for <c>cursor_pos</c>) is an
/// <see cref="InvalidRequestException"/> naming it, which the kernel answers with an error reply — never a crash, never
/// silence that leaves the client waiting.
/// </summary>
internal static class ContentFields
{
    /// <summary>The string <paramref name="name"/>, or <paramref name="fallback"/> when absent or null.</summary>
    public static string String(this JsonObject content, string name, string fallback) =>
        content[name] switch
        {
            null => fallback,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            var other => throw new InvalidRequestException(name, "a string", other),
        };

    /// <summary>The boolean <paramref name="name"/>, or <paramref name="fallback"/> when absent or null.</summary>
    public static bool Bool(this JsonObject content, string name, bool fallback) =>
        content[name] switch
        {
            null => fallback,
            JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
            var other => throw new InvalidRequestException(name, "true or false", other),
        };

    /// <summary>The whole number <paramref name="name"/>, or null when absent or null.</summary>
    public static int? Int(this JsonObject content, string name) =>
        content[name] switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out int number) => number,
            var other => throw new InvalidRequestException(name, "a whole number", other),
        };
}
