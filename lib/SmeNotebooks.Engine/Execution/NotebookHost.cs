namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// A front end's one set-up call: the notebook cultures for a language (<see cref="NotebookCulture"/>), the library's
/// display formatters, a session whose cells' messages are translated into that language (<see cref="Translation.MessageCatalog"/>),
/// and Console.Out and Console.Error routed into the session's <see cref="OutputSink"/>. Disposing gives the console back.
/// The runner, the kernel and the browser engine each start exactly one host per notebook process.
/// </summary>
public sealed class NotebookHost : IDisposable
{
    private readonly TextWriter _out, _error;

    private NotebookHost(NotebookSession session, string language)
    {
        Session = session;
        Language = language;
        (_out, _error) = (Console.Out, Console.Error);
        Console.SetOut(session.Sink);
        Console.SetError(session.Sink.Error);
    }

    /// <summary>The session cells run in.</summary>
    public NotebookSession Session { get; }

    /// <summary>Where the cells' outputs and console text go.</summary>
    public OutputSink Sink => Session.Sink;

    /// <summary>The language of the library's words and the cells' messages ("en", "es").</summary>
    public string Language { get; }

    /// <summary>
    /// Sets up a notebook in <paramref name="language"/> whose relative paths resolve against <paramref name="folder"/>;
    /// <paramref name="restorePackage"/> (name, version → assembly paths) lets a live host restore packages the
    /// collection does not ship; the cells' messages are translated with <paramref name="notebook"/>'s catalog (its
    /// English name; every notebook's when null, for a host that cannot tell — <see cref="Translation.MessageCatalog"/>).
    /// </summary>
    public static NotebookHost Start(string language, string folder, string? notebook, Func<string, string?, IReadOnlyList<string>>? restorePackage = null)
    {
        NotebookCulture.Apply(language);
        SmeNotebooks.Display.Formatters.Register();
        var session = new NotebookSession(folder, new OutputSink(new OutputFormatter()))
        {
            RestorePackage = restorePackage,
            Messages = Translation.MessageCatalog.For(language, folder, notebook),
        };
        return new NotebookHost(session, language);
    }

    /// <summary>Gives Console.Out and Console.Error back.</summary>
    public void Dispose()
    {
        Console.SetOut(_out);
        Console.SetError(_error);
    }
}
