namespace SmeNotebooks.Tests.Support;

/// <summary>A fixture folder of notebooks rendered once by the runner, as a user would, into a temporary site.</summary>
public abstract class RenderedSite
{
    protected RenderedSite(string fixture)
    {
        Site = RunnerProcess.TempFolder();
        Result = RunnerProcess.Run("render", RunnerProcess.Fixture(fixture), "--out", Site);
    }

    /// <summary>The site's folder.</summary>
    public string Site { get; }

    /// <summary>What the runner printed and returned.</summary>
    public RunnerProcess.Result Result { get; }

    /// <summary>A file of the site, by path parts below it.</summary>
    public string Read(params string[] path) => File.ReadAllText(Path.Combine([Site, .. path]));
}
