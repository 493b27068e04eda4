namespace SmeNotebooks.Engine.Translation;

/// <summary>
/// The translations of a notebook's code messages (<see cref="CodeMessages"/>) for one language: its own catalog
/// <c>i18n/&lt;lang&gt;/messages/&lt;notebook&gt;.po</c> of the repository it lives in — what the runner, the kernel
/// and the browser engine compile each cell's messages with when they run in that language. Each notebook's catalog
/// is its own; only a host that cannot tell which notebook it runs (a kernel started without a notebook name) reads
/// them all, which a test keeps equivalent: no message is translated two ways.
/// </summary>
public static class MessageCatalog
{
    /// <summary>
    /// The translation of a message into <paramref name="language"/> from the catalogs found above
    /// <paramref name="folder"/> (its own i18n, or a parent's): <paramref name="notebook"/>'s (its English name, e.g.
    /// "01-sonora-innovation-internationalization") when given, every notebook's when null. Null for English, or when
    /// there is none.
    /// </summary>
    public static Func<string, string?>? For(string language, string folder, string? notebook = null)
    {
        if (language == Localization.Languages.Source) return null;
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            string messages = Path.Combine(dir.FullName, "i18n", language, "messages");
            if (!Directory.Exists(messages)) continue;
            IEnumerable<string> files = notebook is null ? Directory.EnumerateFiles(messages, "*.po").Order() : [Path.Combine(messages, notebook + ".po")];
            var catalog = new PoCatalog();
            foreach (string file in files.Where(File.Exists))
                foreach (var entry in PoCatalog.Parse(File.ReadAllText(file), file).Entries.Where(e => e.IsFinal))
                    catalog.Set(entry);
            return english => catalog.Translate(english);
        }
        return null;
    }
}
