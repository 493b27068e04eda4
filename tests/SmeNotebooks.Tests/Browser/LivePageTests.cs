using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SmeNotebooks.Runner.Dib;
using SmeNotebooks.Runner.Serving;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Browser;

/// <summary>
/// The live pages, as a reader with nothing but a browser uses them: the collection rendered (notebook 01 in Spanish too),
/// served on 127.0.0.1 by the runner's server, opened in headless Chromium with a fresh profile, driven through the
/// pages' documented hook (<c>window.smenotebooks</c>) and their real buttons.
/// </summary>
public sealed class LivePageTests(LivePageTests.LiveSite site) : IClassFixture<LivePageTests.LiveSite>
{
    private const string Notebook = "01-sonora-innovation-internationalization";

    /// <summary>The collection's English notebooks.</summary>
    private static string[] English() =>
        [.. Directory.GetFiles(Path.Combine(Fixtures.RepositoryRoot, "notebooks"), "*.dib").Where(f => !f.EndsWith(".es.dib", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>The English collection and notebook 01 in Spanish rendered once, served, and one browser.</summary>
    public sealed class LiveSite : IDisposable
    {
        private readonly Lazy<(string Folder, SiteServer Server, DevTools Browser)> _started = new(Start);

        private static (string, SiteServer, DevTools) Start()
        {
            string folder = RunnerProcess.TempFolder();
            string notebooks = Path.Combine(Fixtures.RepositoryRoot, "notebooks");
            var render = RunnerProcess.Run(["render", .. English(), Path.Combine(notebooks, Notebook + ".es.dib"), RunnerProcess.Fixture("live/plain.dib"), "--out", folder, "--edition", "full"]);
            Assert.True(render.ExitCode == 0, render.Output + render.Errors);
            Assert.True(File.Exists(Path.Combine(folder, "live", "live.js")), "render wrote no live folder:\n" + render.Output);
            return (folder, new SiteServer(folder, DevTools.FreePort()), new DevTools());
        }

        public string Folder => _started.Value.Folder;
        public string Origin => _started.Value.Server.Url.TrimEnd('/');
        public DevTools Browser => _started.Value.Browser;

        /// <summary>
        /// Opens a page of the site, waits for its hook and resets it: the browser keeps a page's edits across visits,
        /// so without a reset a test would find the code an earlier test typed.
        /// </summary>
        public void Open(string page)
        {
            Browser.Open($"{Origin}/{page}", "typeof window.smenotebooks === 'object'");
            Browser.Evaluate("window.smenotebooks.reset()");
        }

        public void Dispose()
        {
            if (!_started.IsValueCreated) return;
            _started.Value.Browser.Dispose();
            _started.Value.Server.Dispose();
        }
    }

    private string SetCode(int cell, string code) =>
        site.Browser.Evaluate($"window.smenotebooks.setCode({cell}, {JsonSerializer.Serialize(code)}); window.smenotebooks.code({cell})")!.GetValue<string>();

    private (string Text, string? Error) Run(int cell, int seconds = 240)
    {
        var result = site.Browser.Evaluate($"window.smenotebooks.run({cell})", seconds)!;
        return ((string)result["text"]!, (string?)result["error"]);
    }

    private string CSharpCell(string notebook, int index) =>
        DibDocument.Parse(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "notebooks", notebook)), notebook).Cells.Where(c => c.Language == CellLanguage.CSharp).ElementAt(index).Content;

    /// <summary>
    /// What the native engine (the runner, in its own process) prints for notebook 01's C# cells up to
    /// <paramref name="last"/> with that cell replaced by <paramref name="code"/>: a notebook of those cells beside a
    /// copy of the data, rendered, and the page's text.
    /// </summary>
    private static string Native(int last, string code)
    {
        string root = RunnerProcess.TempFolder();
        string notebooks = Path.Combine(root, "notebooks");
        Directory.CreateDirectory(notebooks);
        CopyFolder(Fixtures.DataFolder, Path.Combine(root, "data"));
        var document = DibDocument.Parse(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "notebooks", Notebook + ".dib")), Notebook);
        var cells = document.Cells.Where(c => c.Language == CellLanguage.CSharp).Take(last + 1).Select(c => c.Content).ToList();
        cells[last] = code;
        string dib = Path.Combine(notebooks, "what-if.dib");
        File.WriteAllText(dib, string.Concat(cells.Select(c => "#!csharp\n\n" + c + "\n\n")));
        var render = RunnerProcess.Run("render", dib, "--out", Path.Combine(root, "site"), "--edition", "full");
        Assert.True(render.ExitCode == 0, render.Output + render.Errors);
        return WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(root, "site", "what-if.html")));
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    [RequiresChromiumFact]
    public void A_reader_edits_the_what_if_firm_and_an_exercise_answer_and_the_browser_prints_what_the_native_engine_prints()
    {
        const string original = "double capabilities = 1.5, activityCode = 1, sizeCode = 2;";
        string whatIf = CSharpCell(Notebook + ".dib", 13);
        Assert.Contains(original, whatIf);
        string smallFirm = whatIf.Replace(original, "double capabilities = 1.5, activityCode = 1, sizeCode = 1;");

        site.Open(Notebook + ".html");
        Assert.Equal(28, site.Browser.Evaluate("window.smenotebooks.cellCount")!.GetValue<int>());
        Assert.Equal(smallFirm, SetCode(13, smallFirm));
        var (text, error) = Run(13);
        Assert.Null(error);
        var live = Regex.Match(text, @"Refit: P = (\d\.\d{3}) \(95% CI (\d\.\d{3})-(\d\.\d{3})\)");
        Assert.True(live.Success, text);
        var native = Regex.Match(Native(13, smallFirm), @"Refit: P = (\d\.\d{3}) \(95% CI (\d\.\d{3})-(\d\.\d{3})\)");
        Assert.True(native.Success, "the native page has no what-if line");
        Assert.Equal(native.Value, live.Value);
        // The original firm (medium) prints another probability: the edit was what ran.
        Assert.DoesNotContain(live.Value, File.ReadAllText(Path.Combine(site.Folder, Notebook + ".html")));

        // Exercise 1 answered wrongly: ✗ with the hint, as in the native notebook.
        SetCode(18, "double answer1 = 0.3;   // your answer: a capinno level");
        (text, error) = Run(19);
        Assert.Null(error);
        Assert.Contains("✗ Exercise 1", text);
        Assert.Contains("Hint:", text);
    }

    [RequiresChromiumFact]
    public void A_Spanish_page_prints_the_notebooks_messages_the_librarys_words_and_the_compilers_errors_in_Spanish()
    {
        site.Open($"es/{Notebook}.es.html");
        var (text, error) = Run(2);
        Assert.Null(error);
        Assert.Contains("Datos SINTÉTICOS", text);                         // a code message, from i18n/es/messages
        SetCode(3, "SonoraExercises.Exercise1(dataFolder).Check(0.3)");
        (text, error) = Run(3);
        Assert.Null(error);
        Assert.Contains("✗ Ejercicio 1", text);                           // the library's resources, in Spanish
        Assert.Contains("Pista:", text);
        SetCode(4, "int a = 1;\nint b = faltante + a;");
        (_, error) = Run(4);
        Assert.Contains("CS0103", error);
        Assert.Contains("(línea 2, columna 9)", error);                    // Roslyn's own Spanish message and the line
        Assert.Contains("no existe en el contexto actual", error);
    }

    [RequiresChromiumFact]
    public void Stop_ends_an_endless_loop_within_two_seconds_and_the_next_cell_still_sees_the_earlier_variables()
    {
        site.Open(Notebook + ".html");
        SetCode(1, "int kept = 41;\nConsole.WriteLine(\"kept\");");
        site.Browser.Click("section[data-index='1'] .sme-run");   // the real button: runs cell 0, then this one
        WaitFor("document.querySelector(\"section[data-index='1'] .output.stdout\")?.textContent.includes('kept')");

        SetCode(2, "long spins = 0;\nwhile (true) { spins++; }");
        site.Browser.Evaluate("window.stopped = window.smenotebooks.run(2); window.stopped.then(r => window.stoppedAt = performance.now()); true");
        Thread.Sleep(1500);   // the loop is running
        double clicked = site.Browser.Evaluate("performance.now()")!.GetValue<double>();
        site.Browser.Click(".sme-stop");
        var stopped = site.Browser.Evaluate("window.stopped", 10)!;
        double took = site.Browser.Evaluate("window.stoppedAt")!.GetValue<double>() - clicked;
        Assert.True(took < 2000, $"the loop stopped {took:0} ms after the click");
        Assert.NotNull((string?)stopped["error"]);

        SetCode(3, "kept + 1");
        var (text, error) = Run(3);
        Assert.Null(error);
        Assert.Equal("42", text.Trim());
    }

    [RequiresChromiumFact]
    public void An_edit_survives_a_reload_without_running_and_reset_forgets_it()
    {
        site.Open(Notebook + ".html");
        string rendered = site.Browser.Evaluate("document.querySelector(\"section[data-index='2'] .output\").outerHTML")!.GetValue<string>();
        SetCode(2, "Console.WriteLine(\"edited\");");
        int before = site.Browser.Requests.Count;
        site.Browser.Open($"{site.Origin}/{Notebook}.html", "typeof window.smenotebooks === 'object'");
        Assert.Equal("Console.WriteLine(\"edited\");", site.Browser.Evaluate("window.smenotebooks.code(2)")!.GetValue<string>());
        // Shown, not run: the rendered output is still there and no engine was started.
        Assert.Equal(rendered, site.Browser.Evaluate("document.querySelector(\"section[data-index='2'] .output\").outerHTML")!.GetValue<string>());
        Assert.DoesNotContain(site.Browser.Requests.Skip(before), r => r.EndsWith("engine-worker.js", StringComparison.Ordinal));
        site.Browser.Evaluate("window.smenotebooks.reset()");
        Assert.Equal(CSharpCell(Notebook + ".dib", 2), site.Browser.Evaluate("window.smenotebooks.code(2)")!.GetValue<string>());
    }

    [RequiresChromiumFact]
    public void Opening_a_cell_gives_a_highlighting_editor_and_typed_code_runs_from_the_run_button()
    {
        site.Open(Notebook + ".html");
        int before = site.Browser.Requests.Count;
        site.Browser.Click("section[data-index='2'] summary");
        WaitFor("document.querySelector(\"section[data-index='2'] .cm-editor\")");
        Assert.Contains(site.Browser.Requests.Skip(before), r => r.EndsWith("/live/editor.js", StringComparison.Ordinal));
        // The C# mode highlights: the cell's keywords ("var") sit in token spans.
        Assert.True(site.Browser.Evaluate("[...document.querySelectorAll(\"section[data-index='2'] .cm-line span\")].some(s => s.textContent === 'var')")!.GetValue<bool>());
        SetCode(2, "");
        site.Browser.Click("section[data-index='2'] .cm-content");
        site.Browser.Call("Input.insertText", new System.Text.Json.Nodes.JsonObject { ["text"] = "int typed = 40;\ntyped + 2" });
        Assert.Equal("int typed = 40;\ntyped + 2", site.Browser.Evaluate("window.smenotebooks.code(2)")!.GetValue<string>());
        site.Browser.Click("section[data-index='2'] .sme-run");
        // The formatter's HTML: the value, then its stylesheet.
        WaitFor("/^\\s*42\\s/.test(document.querySelector(\"section[data-index='2'] .output.result\")?.textContent ?? '')");
    }

    [RequiresChromiumFact]
    public void A_compile_error_shows_its_message_and_its_line_under_the_cell()
    {
        site.Open(Notebook + ".html");
        SetCode(1, "int a = 1;\nint b = missing + a;");
        var (_, error) = Run(1);
        Assert.Contains("CS0103", error);
        Assert.Contains("The name 'missing' does not exist", error);
        string shown = site.Browser.Evaluate("document.querySelector(\"section[data-index='1'] .output.error\").textContent")!.GetValue<string>();
        Assert.Contains("line 2", shown);
    }

    [RequiresChromiumAndJupyterFact]
    public void Download_my_notebook_saves_a_valid_ipynb_with_the_readers_code_and_live_outputs()
    {
        site.Open(Notebook + ".html");
        string downloads = Directory.CreateTempSubdirectory("sme-downloads-").FullName;
        site.Browser.Call("Page.setDownloadBehavior", new System.Text.Json.Nodes.JsonObject { ["behavior"] = "allow", ["downloadPath"] = downloads });
        string mine = "var mine = 6 * 7;\nConsole.WriteLine($\"my answer: {mine}\");";
        SetCode(1, mine);
        Assert.Null(Run(1).Error);
        SetCode(3, "// edited, not run");
        site.Browser.Click(".sme-download");
        string file = Path.Combine(downloads, Notebook + ".ipynb");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(file) && clock.Elapsed.TotalSeconds < 30) Thread.Sleep(100);
        Assert.True(File.Exists(file), "nothing was downloaded");

        var (exit, output) = Jupyter.Script("validate_notebook.py", TimeSpan.FromSeconds(60), file);
        Assert.True(exit == 0, output);
        var cells = System.Text.Json.Nodes.JsonNode.Parse(output)!.AsArray();
        Assert.Equal(28, cells.Count);
        Assert.Equal(mine, (string)cells[1]!["source"]!);
        Assert.Contains("my answer: 42", string.Concat(cells[1]!["outputs"]!.AsArray().Select(o => (string)o!)));
        Assert.Equal("// edited, not run", (string)cells[3]!["source"]!);
        Assert.Empty(cells[3]!["outputs"]!.AsArray());                       // the rendered outputs belonged to other code
        Assert.Equal(CSharpCell(Notebook + ".dib", 4), (string)cells[4]!["source"]!);
        Assert.NotEmpty(cells[4]!["outputs"]!.AsArray());                    // untouched cells keep the rendered outputs
    }

    /// <summary>
    /// Every C# cell of the collection runs live, every check passing (a failed check throws): no cell is left to its
    /// rendered output. A cell that cannot run in a browser would be listed here with its reason; there is none.
    /// </summary>
    [RequiresChromiumFact]
    public void Every_cell_of_every_notebook_runs_live_with_its_checks_passing()
    {
        foreach (string dib in English())
        {
            string page = Path.GetFileNameWithoutExtension(dib) + ".html";
            site.Open(page);
            int count = site.Browser.Evaluate("window.smenotebooks.cellCount")!.GetValue<int>();
            Assert.Equal(DibDocument.Parse(File.ReadAllText(dib), dib).Cells.Count(c => c.Language == CellLanguage.CSharp), count);
            var results = site.Browser.Evaluate("window.smenotebooks.runAll()", 600)!.AsArray();
            var failed = results.Select((r, i) => (Cell: i, Error: (string?)r!["error"])).Where(r => r.Error is not null).ToList();
            Assert.True(failed.Count == 0, $"{page}: " + string.Join("; ", failed.Select(f => $"C# cell {f.Cell}: {f.Error}")));
            Assert.Equal(count, results.Count);
        }
    }

    [RequiresChromiumFact]
    public void A_chart_made_live_on_a_page_that_rendered_none_is_drawn_from_the_live_folders_plotly()
    {
        site.Open("plain.html");
        Assert.Equal("undefined", site.Browser.Evaluate("typeof window.Plotly")!.GetValue<string>());
        SetCode(0, "#r \"../lib/SmeNotebooks/bin/Release/net8.0/SmeNotebooks.dll\"\nSmeNotebooks.Charts.DistributionCharts.Histogram([1.0, 2.0, 2.0, 3.0], \"live\", \"x\")");
        Assert.Null(Run(0).Error);
        WaitFor("document.querySelector(\"section[data-index='0'] .sme-plot svg.main-svg\")");
    }

    /// <summary>
    /// The engine starts with the framework's common assemblies only; a cell that uses another gets it from the site as
    /// it runs (and the whole framework to compile against), as on a machine.
    /// </summary>
    [RequiresChromiumFact]
    public void A_cell_that_needs_a_framework_assembly_the_engine_did_not_load_at_its_start_gets_it_from_the_site()
    {
        static bool Mail(string request) => Regex.IsMatch(request, @"/live/_framework/System\.Net\.Mail\.\w+\.dll$");
        int opened = site.Browser.Requests.Count;
        site.Open(Notebook + ".html");
        Assert.Null(Run(0).Error);
        int started = site.Browser.Requests.Count;
        Assert.DoesNotContain(site.Browser.Requests.Skip(opened), Mail);
        SetCode(1, "new System.Net.Mail.MailAddress(\"ana@example.org\").Host");
        var (text, error) = Run(1);
        Assert.Null(error);
        Assert.Contains("example.org", text);
        Assert.Contains(site.Browser.Requests.Skip(started), Mail);
    }

    [RequiresChromiumFact]
    public void No_request_leaves_the_pages_origin()
    {
        site.Open(Notebook + ".html");
        Assert.Null(Run(0).Error);   // the engine loaded: every request a live page makes has been made
        var requests = site.Browser.Requests;
        Assert.Contains(requests, r => Regex.IsMatch(r, @"/live/_framework/dotnet\.native\.\w+\.wasm$"));
        Assert.Contains(requests, r => Regex.IsMatch(r, @"/live/_framework/System\.Linq\.\w+\.dll$"));
        var elsewhere = requests.Where(r => !r.StartsWith(site.Origin + "/", StringComparison.Ordinal) && !r.StartsWith("data:", StringComparison.Ordinal) && !r.StartsWith("blob:", StringComparison.Ordinal)).ToList();
        Assert.True(elsewhere.Count == 0, "requests outside the origin: " + string.Join(", ", elsewhere));
    }

    [RequiresChromiumFact]
    public void A_page_opened_from_a_file_stays_readable_and_says_how_to_go_live()
    {
        site.Browser.Open(new Uri(Path.Combine(site.Folder, Notebook + ".html")).AbsoluteUri);
        Assert.Equal("undefined", site.Browser.Evaluate("typeof window.smenotebooks")!.GetValue<string>());
        Assert.Contains("serve", site.Browser.Evaluate("document.querySelector('.sme-live-note').textContent")!.GetValue<string>());
        Assert.True(site.Browser.Evaluate("document.querySelectorAll('.output').length > 0")!.GetValue<bool>());
    }

    private void WaitFor(string condition, int seconds = 120)
    {
        var clock = Stopwatch.StartNew();
        while (site.Browser.Evaluate($"!!({condition})")?.GetValue<bool>() != true)
        {
            Assert.True(clock.Elapsed.TotalSeconds < seconds, $"never true: {condition}");
            Thread.Sleep(200);
        }
    }
}
