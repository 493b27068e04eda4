using System.Net;
using System.Text.Json;

namespace SmeNotebooks.Runner.Rendering;

/// <summary>
/// What makes a rendered page live: its settings (where the site's <c>live/</c> folder is, the page's language and
/// notebook — whose catalog translates the cells' messages —, the
/// live controls' words from <see cref="LiveStrings"/> in that language) as JSON, and the script that reads them
/// (<c>live/live.js</c>, from the browser engine's project). The page stays readable without scripts; the engine loads
/// on the first Run.
/// </summary>
public static class LivePage
{
    /// <summary>
    /// The settings and the script tag for a page whose live folder is at <paramref name="live"/> (relative, ending in
    /// '/'), in <paramref name="language"/>, of the notebook whose English name is <paramref name="notebook"/>.
    /// </summary>
    public static string Script(string live, string language, string notebook)
    {
        var settings = new
        {
            live,
            language,
            notebook,
            words = new
            {
                run = LiveStrings.Run, runAll = LiveStrings.RunAll, stop = LiveStrings.Stop, reset = LiveStrings.Reset,
                downloading = LiveStrings.Downloading, starting = LiveStrings.Starting, ready = LiveStrings.Ready, running = LiveStrings.Running,
                engineFailed = LiveStrings.EngineFailed, stopped = LiveStrings.Stopped, stoppedStatus = LiveStrings.StoppedStatus,
                serveHint = LiveStrings.ServeHint, cell = LiveStrings.Cell, line = LiveStrings.Line, replaying = LiveStrings.Replaying, download = LiveStrings.Download,
            },
        };
        // JSON inside a script element: "</" must not close it.
        string json = JsonSerializer.Serialize(settings).Replace("</", "<\\/");
        return $"<script type=\"application/json\" id=\"sme-live\">{json}</script><script src=\"{WebUtility.HtmlEncode(live)}live.js\" defer></script>";
    }
}
