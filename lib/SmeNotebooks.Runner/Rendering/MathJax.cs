using System.IO.Compression;

namespace SmeNotebooks.Runner.Rendering;

/// <summary>
/// MathJax 3.2.2 (tex-svg bundle, Apache-2.0; see Assets/README.md) for the LaTeX that notebooks write in
/// Markdown (<c>$…$</c>, <c>$$…$$</c>, turned by Markdig into <c>\(…\)</c> and <c>\[…\]</c>). Inlined into the page
/// and configured never to fetch anything: the <c>autoload</c> and <c>require</c> TeX packages, which load
/// extensions from a CDN, are removed, and the menu (which lazy-loads accessibility code) is off.
/// </summary>
public static class MathJax
{
    /// <summary>The MathJax version inlined.</summary>
    public const string Version = "3.2.2";

    /// <summary>The configuration script, which must precede the library.</summary>
    public const string Configuration =
        "window.MathJax={loader:{load:[]},startup:{typeset:true}," +
        "tex:{inlineMath:[['\\\\(','\\\\)']],displayMath:[['\\\\[','\\\\]']],packages:{'[-]':['autoload','require']}}," +
        "options:{enableMenu:false},svg:{fontCache:'global'}};";

    /// <summary>The uncompressed tex-svg.js source.</summary>
    public static string Script()
    {
        using var stream = typeof(MathJax).Assembly.GetManifestResourceStream("mathjax-tex-svg.js.gz")
            ?? throw new InvalidOperationException("The runner was built without its MathJax asset.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
