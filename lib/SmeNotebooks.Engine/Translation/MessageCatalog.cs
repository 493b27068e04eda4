namespace SmeNotebooks.Engine.Translation;

/// <summary>
/// The translations of the notebooks' code messages (<see cref="CodeMessages"/>) for one language: the catalogs
/// <c>i18n/&lt;lang&gt;/messages/*.po</c> of the repository a notebook lives in, merged — what the runner and the
/// kernel compile each cell's messages with when they run in that language.
/// </summary>
public static class MessageCatalog
{
    /// <summary>
    /// The translation of a message into <paramref name="language"/> from the catalogs found above
    /// <paramref name="folder"/> (its own i18n, or a parent's); null for English, or when there are none.
    /// </summary>
    public static Func<string, string?>? For(string language, string folder)
    {
        if (language == "en") return null;
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            string messages = Path.Combine(dir.FullName, "i18n", language, "messages");
            if (!Directory.Exists(messages)) continue;
            var merged = new PoCatalog();
            foreach (string file in Directory.EnumerateFiles(messages, "*.po").Order())
                foreach (var entry in PoCatalog.Parse(File.ReadAllText(file), file).Entries.Where(e => e.IsFinal))
                    merged.Set(entry);
            return english => merged.Translate(english);
        }
        return null;
    }
}
