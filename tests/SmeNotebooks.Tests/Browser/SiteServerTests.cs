using System.Net;
using SmeNotebooks.Runner.Serving;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Browser;

/// <summary>The runner's <c>serve</c>, asked as a browser asks: what it sends and how long a browser may keep it.</summary>
public sealed class SiteServerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sme-serve-").FullName;
    private readonly SiteServer _server;
    private readonly HttpClient _client = new(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });

    public SiteServerTests()
    {
        string framework = Path.Combine(_folder, "live", "_framework");
        Directory.CreateDirectory(framework);
        File.WriteAllText(Path.Combine(_folder, "index.html"), "<p>collection</p>");
        File.WriteAllText(Path.Combine(framework, "dotnet.js"), "// lists the runtime's files");
        File.WriteAllBytes(Path.Combine(framework, "System.Linq.k3x9q2m1ab.dll"), [77, 90, 0, 1]);
        File.WriteAllText(Path.Combine(_folder, "live", "engine-worker.js"), "// the worker");
        _server = new SiteServer(_folder, DevTools.FreePort());
    }

    private HttpResponseMessage Get(string path, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, _server.Url + path);
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        return _client.Send(request);
    }

    [Fact]
    public void The_runtimes_files_named_after_their_content_are_kept_for_good_and_everything_else_is_revalidated()
    {
        using var runtime = Get("live/_framework/System.Linq.k3x9q2m1ab.dll");
        Assert.Equal(HttpStatusCode.OK, runtime.StatusCode);
        Assert.Contains("immutable", runtime.Headers.CacheControl!.Extensions.Select(e => e.Name));
        Assert.Equal(TimeSpan.FromDays(365), runtime.Headers.CacheControl.MaxAge);
        foreach (string path in new[] { "live/_framework/dotnet.js", "live/engine-worker.js", "index.html" })
        {
            using var response = Get(path);
            Assert.True(response.Headers.CacheControl!.NoCache, path);
            using var again = Get(path, response.Headers.ETag!.Tag);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        }
    }

    [Fact]
    public void A_path_outside_the_folder_is_not_found()
    {
        using var response = Get("..%2F..%2Fetc%2Fpasswd");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose()
    {
        _server.Dispose();
        _client.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
