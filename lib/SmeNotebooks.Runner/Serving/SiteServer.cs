using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace SmeNotebooks.Runner.Serving;

/// <summary>
/// The runner's <c>serve</c> command: a rendered site served read-only on 127.0.0.1, so that its live pages can load
/// WebAssembly (browsers refuse it from <c>file://</c>). Any static host serves the same folder unchanged; this one
/// only adds what a browser needs: the right types for <c>.wasm</c>, <c>.dll</c> and <c>.dat</c>, compression (the
/// build's precompressed <c>.br</c> or <c>.gz</c> beside a file, text compressed on the fly), and caching: the engine's
/// runtime files, named after their content, are kept by the browser for good; everything else is revalidated by ETag
/// (a second visit costs one 304 a page, script or data file). Paths outside the folder are refused.
/// </summary>
public sealed class SiteServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".wasm"] = "application/wasm",
        [".dll"] = "application/octet-stream", [".dat"] = "application/octet-stream", [".csv"] = "text/csv; charset=utf-8",
        [".po"] = "text/plain; charset=utf-8", [".md"] = "text/markdown; charset=utf-8", [".txt"] = "text/plain; charset=utf-8",
        [".ipynb"] = "application/x-ipynb+json", [".svg"] = "image/svg+xml", [".png"] = "image/png", [".ico"] = "image/x-icon",
    };

    private readonly string _root;
    private readonly HttpListener _listener = new();

    /// <summary>Starts serving <paramref name="folder"/> at http://127.0.0.1:<paramref name="port"/>/.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="HttpListenerException">The port is taken.</exception>
    public SiteServer(string folder, int port)
    {
        _root = Path.GetFullPath(folder);
        if (!Directory.Exists(_root)) throw new DirectoryNotFoundException($"No such folder to serve: '{folder}'.");
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    /// <summary>The address the site is served at.</summary>
    public string Url { get; }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            if (context.Request.HttpMethod is not ("GET" or "HEAD")) { Status(response, 405, "Only GET and HEAD."); return; }
            if (Resolve(context.Request.Url!.AbsolutePath) is not { } file) { Status(response, 404, "Not found."); return; }
            var (body, encoding, tag) = Body(file, context.Request.Headers["Accept-Encoding"] ?? "");
            response.Headers["ETag"] = tag;
            response.Headers["Cache-Control"] = IsNamedAfterItsContent(file) ? "public, max-age=31536000, immutable" : "no-cache";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["Vary"] = "Accept-Encoding";
            response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            if (encoding is not null) response.Headers["Content-Encoding"] = encoding;
            if (context.Request.Headers["If-None-Match"] == tag) { response.StatusCode = 304; return; }
            response.ContentLength64 = body.Length;
            if (context.Request.HttpMethod == "GET") response.OutputStream.Write(body);
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            // The browser went away, or the file with it: nothing to answer.
        }
        finally
        {
            try { response.Close(); } catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
        }
    }

    /// <summary>
    /// What is sent for <paramref name="file"/>: the build's precompressed <c>.br</c> or <c>.gz</c> beside it when the
    /// browser accepts that encoding; a text file (a page, a script, data) compressed here once and kept, as static
    /// hosts do; otherwise the file. The ETag names the variant, so a changed file or encoding is fetched again.
    /// </summary>
    private (byte[] Body, string? Encoding, string Tag) Body(string file, string accepted)
    {
        bool Accepts(string name) => accepted.Contains(name, StringComparison.OrdinalIgnoreCase);
        string? encoding = null;
        string source = file;
        foreach (var (suffix, name) in new[] { (".br", "br"), (".gz", "gzip") })
            if (Accepts(name) && File.Exists(file + suffix)) { (source, encoding) = (file + suffix, name); break; }
        bool compressHere = encoding is null && Compressible.Contains(Path.GetExtension(file)) && (Accepts("br") || Accepts("gzip"));
        if (compressHere) encoding = Accepts("br") ? "br" : "gzip";
        var info = new FileInfo(source);
        string key = $"{source}|{info.Length}|{info.LastWriteTimeUtc.Ticks}|{encoding}";
        string tag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16] + "\"";
        if (!compressHere) return (File.ReadAllBytes(source), encoding, tag);
        lock (_compressed)
        {
            if (_compressed.TryGetValue(key, out var kept)) return (kept, encoding, tag);
        }
        using var output = new MemoryStream();
        using (Stream compressor = encoding == "br" ? new BrotliStream(output, CompressionLevel.Optimal) : new GZipStream(output, CompressionLevel.Optimal))
            compressor.Write(File.ReadAllBytes(source));
        byte[] body = output.ToArray();
        lock (_compressed) _compressed[key] = body;
        return (body, encoding, tag);
    }

    /// <summary>
    /// True for the browser engine's runtime files: the build names every file of a <c>_framework</c> folder after its
    /// content (<c>System.Linq.&lt;fingerprint&gt;.dll</c>) except <c>dotnet.js</c>, which lists them, so a browser may
    /// keep them for good; everything else is revalidated on every visit.
    /// </summary>
    private static bool IsNamedAfterItsContent(string file) =>
        Path.GetFileName(Path.GetDirectoryName(file)) == "_framework" && !Path.GetFileName(file).StartsWith("dotnet.js", StringComparison.Ordinal);

    private static readonly HashSet<string> Compressible = new(StringComparer.OrdinalIgnoreCase) { ".html", ".js", ".mjs", ".json", ".css", ".csv", ".po", ".md", ".txt", ".ipynb", ".svg" };
    private readonly Dictionary<string, byte[]> _compressed = [];

    /// <summary>The file a URL path names inside the served folder (a folder's index.html), or null.</summary>
    private string? Resolve(string urlPath)
    {
        string relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (relative.Contains('\0')) return null;
        string full = Path.GetFullPath(Path.Combine(_root, relative));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }

    private static void Status(HttpListenerResponse response, int code, string text)
    {
        response.StatusCode = code;
        response.ContentType = "text/plain; charset=utf-8";
        byte[] body = Encoding.UTF8.GetBytes(text);
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
    }

    /// <summary>Stops serving.</summary>
    public void Dispose() => _listener.Close();
}
