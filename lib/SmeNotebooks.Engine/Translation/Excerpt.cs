namespace SmeNotebooks.Engine.Translation;

/// <summary>How messages about a translation quote the text they are about: its first 60 characters.</summary>
public static class Excerpt
{
    /// <summary><paramref name="text"/> itself up to 60 characters, else its first 60 and an ellipsis.</summary>
    public static string Of(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
