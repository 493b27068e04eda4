using System.Text.Json.Nodes;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Browser;

/// <summary>The committed editor bundle (lib/SmeNotebooks.Browser/wwwroot/editor.js) and the licences that travel with it.</summary>
public class EditorBundleTests
{
    private static string Browser(params string[] path) => Path.Combine([Fixtures.RepositoryRoot, "lib", "SmeNotebooks.Browser", .. path]);

    [Fact]
    public void The_licence_notices_name_every_package_the_lock_file_puts_in_the_bundle_at_its_version()
    {
        var packages = JsonNode.Parse(File.ReadAllText(Browser("editor", "package-lock.json")))!["packages"]!.AsObject()
            .Where(p => p.Key.StartsWith("node_modules/", StringComparison.Ordinal) && p.Value!["dev"] is null)
            .Select(p => (Name: p.Key["node_modules/".Length..], Version: (string)p.Value!["version"]!))
            .ToList();
        Assert.Contains(packages, p => p.Name == "codemirror");
        string notices = File.ReadAllText(Browser("wwwroot", "editor.LICENSE.txt"));
        foreach (var (name, version) in packages) Assert.Contains($"== {name} {version} ", notices);
    }

    [Fact]
    public void The_bundle_defines_the_editor_the_live_pages_call_and_loads_nothing_itself()
    {
        string bundle = File.ReadAllText(Browser("wwwroot", "editor.js"));
        Assert.Contains("window.SmeEditor=", bundle);
        Assert.DoesNotContain("import(", bundle);
        // Addresses outside comments: only XML namespace names (the SVG icons), never something to fetch.
        Assert.DoesNotMatch("https?://(?!codemirror\\.net|www\\.w3\\.org/)[a-z]", System.Text.RegularExpressions.Regex.Replace(bundle, "/\\*[\\s\\S]*?\\*/", ""));
    }
}
