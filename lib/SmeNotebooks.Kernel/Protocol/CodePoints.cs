namespace SmeNotebooks.Kernel.Protocol;

/// <summary>
/// Cursor positions in Jupyter 5.2+ count Unicode code points; .NET strings index UTF-16 units. Characters outside the
/// Basic Multilingual Plane (a surrogate pair) are one code point and two units.
/// </summary>
internal static class CodePoints
{
    /// <summary>The UTF-16 index of code point <paramref name="position"/> in <paramref name="text"/> (clamped to its length).</summary>
    public static int ToUtf16(string text, int position)
    {
        int index = 0;
        for (int seen = 0; seen < position && index < text.Length; seen++)
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return index;
    }

    /// <summary>The code-point position of UTF-16 index <paramref name="index"/> in <paramref name="text"/>.</summary>
    public static int FromUtf16(string text, int index)
    {
        int position = 0;
        for (int i = 0; i < index && i < text.Length; i++, position++)
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        return position;
    }
}
