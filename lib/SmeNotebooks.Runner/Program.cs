using SmeNotebooks.Runner.Translation;
using System.CommandLine;
using System.Text.Json;
using SmeNotebooks.Runner;
using SmeNotebooks.Runner.Execution;
using SmeNotebooks.Runner.Rendering;

// SmeNotebooks.Runner — execute .dib notebooks headless and render them as offline HTML and .ipynb.
// Exit codes: 0 every notebook ran; 1 a cell (or notebook) failed; 2 usage error.
var paths = new Argument<string[]>("paths") { Description = "Notebooks (.dib) or folders of notebooks", Arity = ArgumentArity.OneOrMore };
var output = new Option<string>("--out") { Description = "Folder for the pages, .ipynb files and index.html", Required = true };
var keepGoing = new Option<bool>("--keep-going") { Description = "Run the remaining cells and notebooks after a failure (still exits 1)" };
var timeout = new Option<double>("--timeout") { Description = "Per-cell timeout in seconds", DefaultValueFactory = _ => 120 };
var edition = new Option<string>("--edition")
{
    Description = "full: solutions folded behind \"Show solution\"; student: without solutions; both (default): full in <out>, student in <out>/student",
    DefaultValueFactory = _ => "both",
};
edition.AcceptOnlyFromAmong("full", "student", "both");

var languages = new Option<string>("--lang")
{
    Description = "all (default): every notebook found, English pages in <out>, each translation's in <out>/<lang>; en: only name.dib; es (or any language code): only the translations name.<lang>.dib",
    DefaultValueFactory = _ => "all",
};
var render = new Command("render", "Execute notebooks and write <out>/<name>.html, <out>/<name>.ipynb and <out>/index.html") { paths, output, keepGoing, timeout, edition, languages };
render.SetAction(parse => Cli.Run(parse.GetValue(paths)!, parse.GetValue(output), parse.GetValue(keepGoing), parse.GetValue(timeout), parse.GetValue(edition)!, parse.GetValue(languages)!));

var check = new Command("check", "Execute notebooks only; print one line per notebook (cells, time, status)") { paths, keepGoing, timeout };
check.SetAction(parse => Cli.Run(parse.GetValue(paths)!, null, parse.GetValue(keepGoing), parse.GetValue(timeout), "full"));

var twinEdition = new Option<string>("--edition") { Description = "full (default): every cell; student: without the model solution cells", DefaultValueFactory = _ => "full" };
twinEdition.AcceptOnlyFromAmong("full", "student");
var twinsOut = new Option<string>("--out") { Description = "Folder for the twins (default: next to each .dib)" };
var twins = new Command("twins", "Write each notebook's .ipynb twin (no outputs, the collection's kernel) next to its .dib, for Jupyter") { paths, twinEdition, twinsOut };
twins.SetAction(parse =>
{
    var twinAs = parse.GetValue(twinEdition) == "student" ? Edition.Student : Edition.Full;
    string? folder = parse.GetValue(twinsOut);
    if (folder is not null) Directory.CreateDirectory(folder);
    foreach (var dib in Cli.Discover(parse.GetValue(paths)!))
    {
        string ipynb = Path.ChangeExtension(folder is null ? dib : Path.Combine(folder, Path.GetFileName(dib)), ".ipynb");
        File.WriteAllText(ipynb, IpynbWriter.Twin(SmeNotebooks.Runner.Dib.DibDocument.Parse(File.ReadAllText(dib), Path.GetFileName(dib)), dib, twinAs));
        Console.WriteLine($"→ {ipynb}");
    }
    return 0;
});

var language = new Option<string>("--lang") { Description = "The language of the translation (its catalogs are i18n/<lang>/<notebook>.po); all (default): every language with an i18n/<lang> folder", DefaultValueFactory = _ => "all" };
var catalog = new Command("catalog", "Bring each notebook's translation catalog up to date: new English paragraphs get empty entries, stale ones are dropped") { paths, language };
catalog.SetAction(parse => Translations.UpdateCatalogs(Cli.Discover(parse.GetValue(paths)!), parse.GetValue(language)!));
var translate = new Command("translate", "Write name.<lang>.dib and its .ipynb twin for every notebook that has a catalog; fails, naming each untranslated paragraph") { paths, language };
translate.SetAction(parse => Translations.Write(Cli.Discover(parse.GetValue(paths)!), parse.GetValue(language)!));

var site = new Argument<string>("site") { Description = "A rendered site's folder (what render --out wrote)" };
var port = new Option<int>("--port") { Description = "The port on 127.0.0.1", DefaultValueFactory = _ => 8000 };
var serve = new Command("serve", "Serve a rendered site on 127.0.0.1 so that its pages run live in the browser (Ctrl+C stops)") { site, port };
serve.SetAction(parse =>
{
    SmeNotebooks.Runner.Serving.SiteServer server;
    try { server = new SmeNotebooks.Runner.Serving.SiteServer(parse.GetValue(site)!, parse.GetValue(port)); }
    catch (Exception ex) when (ex is DirectoryNotFoundException or System.Net.HttpListenerException)
    {
        Console.Error.WriteLine(ex.Message);
        return 2;
    }
    using (server)
    {
        Console.WriteLine($"Serving {Path.GetFullPath(parse.GetValue(site)!)} at {server.Url} (Ctrl+C stops)");
        using var stopped = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopped.Set(); };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stopped.Set();
        stopped.Wait();
    }
    return 0;
});

var notebook = new Argument<string>("notebook");
var result = new Option<string>("--result") { Required = true };
var answers = new Option<string>("--answers") { Description = "Variables whose values to add to the result (comma-separated), for the grader" };
var execute = new Command("execute", "Internal: execute one notebook in this process and write its result as JSON") { notebook, result, keepGoing, timeout, answers };
execute.Hidden = true;
execute.SetAction(parse =>
{
    var run = new NotebookExecutor(TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(keepGoing))
        .Run(parse.GetValue(notebook)!, parse.GetValue(answers)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    File.WriteAllText(parse.GetValue(result)!, JsonSerializer.Serialize(run, NotebookProcess.Json));
    Console.Out.Flush();
    Environment.Exit(0);   // ends a timed-out cell's thread too
    return 0;
});

var submissions = new Argument<string>("submissions") { Description = "A folder of submitted notebooks (.ipynb or .dib): one a student, named after them" };
var gradeOut = new Option<string>("--out") { Description = "Folder for gradebook.csv, gradebook.html and students/<student>.html", Required = true };
var collection = new Option<string>("--collection") { Description = "The collection to grade against (its notebooks/, data/ and built lib/)", DefaultValueFactory = _ => "." };
var teacherLanguage = new Option<string>("--lang") { Description = "The gradebook's language (en, es, …)", DefaultValueFactory = _ => "en" };
var unsafeRun = new Option<bool>("--unsafe") { Description = "Where no sandbox (bubblewrap) is available, run the students' code without one: only for notebooks you trust" };
var notebookLimit = new Option<double>("--notebook-timeout") { Description = "Seconds a submission may run in all before it is stopped", DefaultValueFactory = _ => 600 };
var grade = new Command("grade", "Run each submitted notebook from a clean start and grade every exercise: <out>/gradebook.csv and gradebook.html") { submissions, gradeOut, collection, teacherLanguage, timeout, notebookLimit, unsafeRun };
grade.SetAction(parse =>
{
    bool sandboxed = SmeNotebooks.Runner.Grading.Sandbox.Program is not null;
    if (!sandboxed && !parse.GetValue(unsafeRun))
    {
        Console.Error.WriteLine("grade runs students' code, which needs a sandbox: install bubblewrap (apt-get install bubblewrap), or pass --unsafe to run notebooks you trust without one.");
        return 2;
    }
    string folder = parse.GetValue(submissions)!, output = parse.GetValue(gradeOut)!, root = parse.GetValue(collection)!;
    if (!Directory.Exists(folder) || !Directory.Exists(Path.Combine(root, "notebooks")))
    {
        Console.Error.WriteLine(!Directory.Exists(folder) ? $"No such folder of submissions: '{folder}'." : $"'{Path.GetFullPath(root)}' is not the collection (no notebooks/ folder): pass --collection.");
        return 2;
    }
    string lang = parse.GetValue(teacherLanguage)!;
    if (!SmeNotebooks.Localization.Languages.All.Any(c => c.Name == lang))
    {
        Console.Error.WriteLine($"The gradebook cannot be written in '{lang}'; the collection's languages are {string.Join(", ", SmeNotebooks.Localization.Languages.All.Select(c => c.Name))}.");
        return 2;
    }
    SmeNotebooks.Engine.Execution.NotebookCulture.Apply(lang);
    if (!sandboxed) Console.Error.WriteLine("No sandbox on this machine: the submissions run as your own user (--unsafe).");
    var rows = SmeNotebooks.Runner.Grading.Grader.Grade(folder, root, output, TimeSpan.FromSeconds(parse.GetValue(timeout)), TimeSpan.FromSeconds(parse.GetValue(notebookLimit)), sandboxed);
    File.WriteAllText(Path.Combine(output, "gradebook.csv"), SmeNotebooks.Runner.Grading.GradebookFiles.Csv(rows));
    File.WriteAllText(Path.Combine(output, "gradebook.html"), SmeNotebooks.Runner.Grading.GradebookFiles.Html(rows, Path.GetFileName(Path.GetFullPath(folder))));
    Console.WriteLine($"Graded {rows.Select(r => r.Student).Distinct().Count()} submission(s): {Path.GetFullPath(Path.Combine(output, "gradebook.csv"))} and gradebook.html");
    return 0;
});

var root = new RootCommand("SmeNotebooks.Runner: execute .dib notebooks headless and render offline HTML and .ipynb") { render, check, twins, catalog, translate, serve, grade, execute };
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine(error.Message);
    return 2;
}
return parsed.Invoke();
