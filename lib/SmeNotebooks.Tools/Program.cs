using System.CommandLine;
using System.Diagnostics;
using SmeNotebooks.Data;
using SmeNotebooks.Studies.KnowledgeIntensive;
using SmeNotebooks.Studies.Sonora;
using SmeNotebooks.Studies.ValueChains;
using SmeNotebooks.Reconstruction;

// SmeNotebooks.Tools — regenerate the collection's reconstructed (SYNTHETIC) data sets and cleaned tables.
//   sonora generate [--seed N]       write data/sonora/firms-synthetic.csv from the seed (seconds)
//   sonora scan --from A --to B      the long search: try seeds A..B and report each one's error and plausibility
//   knowledge generate               write data/knowledge-intensive/firms-synthetic.csv (Tables 9 and 10) and items-synthetic.csv
//   gvc clean                        apply data/gvc-latam/corrections.csv to the raw Fig. 1 and Table 1 and write the cleaned files
var data = new Option<string>("--data") { Description = "The repository's data folder", DefaultValueFactory = _ => CsvData.DataFolder() };
var seed = new Option<int>("--seed") { Description = "Search seed", DefaultValueFactory = _ => SonoraData.Seed };
var from = new Option<int>("--from") { Required = true };
var to = new Option<int>("--to") { Required = true };

var generate = new Command("generate", "Reconstruct the Sonora firms from the published tables and write data/sonora/firms-synthetic.csv") { data, seed };
generate.SetAction(parse =>
{
    string folder = parse.GetValue(data)!;
    var clock = Stopwatch.StartNew();
    var table = LogitReconstruction.Search(SonoraData.Target(folder), SonoraData.Settings(parse.GetValue(seed)));
    string path = Path.Combine(SonoraStudy.About.DataFolder(folder), SonoraData.FirmsFile);
    File.WriteAllText(path, CsvData.ToCsv(SonoraData.Firms(table, parse.GetValue(seed))));
    Console.WriteLine($"seed {parse.GetValue(seed)}: max |B or S.E. error| {table.MaxAbsoluteError():F5}, {Plausibility.Of(table.Counts)}, {clock.Elapsed.TotalSeconds:F1} s → {path}");
    return 0;
});

var scan = new Command("scan", "The long search: run the reconstruction for every seed in [from, to] and report each one's error and plausibility") { data, from, to };
scan.SetAction(parse =>
{
    var target = SonoraData.Target(parse.GetValue(data)!);
    var preference = new FitPreference(SonoraData.Tolerance);
    (int Seed, (double Error, Plausibility Plausibility) Fit)? best = null;
    for (int s = parse.GetValue(from); s <= parse.GetValue(to); s++)
    {
        try
        {
            var table = LogitReconstruction.Search(target, SonoraData.Settings(s));
            (double Error, Plausibility Plausibility) fit = (table.MaxAbsoluteError(), Plausibility.Of(table.Counts));
            if (best is null || preference.Compare(fit, best.Value.Fit) < 0) best = (s, fit);
            Console.WriteLine($"seed {s}: {fit.Error:F5}, {fit.Plausibility} (best so far: seed {best.Value.Seed}, {best.Value.Fit.Error:F5}, {best.Value.Fit.Plausibility})");
        }
        catch (InvalidOperationException e) { Console.WriteLine($"seed {s}: {e.Message}"); }
    }
    return 0;
});

var sonora = new Command("sonora", "The Sonora study's reconstructed firms") { generate, scan };

var generateKnowledge = new Command("generate", "Reconstruct the knowledge-intensive firms and their items and write data/knowledge-intensive/firms-synthetic.csv and items-synthetic.csv") { data };
generateKnowledge.SetAction(parse =>
{
    string folder = parse.GetValue(data)!;
    string path = Path.Combine(KnowledgeIntensiveStudy.About.DataFolder(folder), KnowledgeIntensiveData.FirmsFile);
    var firms = KnowledgeIntensiveData.Firms(folder);
    File.WriteAllText(path, CsvData.ToCsv(firms));
    string items = Path.Combine(KnowledgeIntensiveStudy.About.DataFolder(folder), KnowledgeIntensiveData.ItemsFile);
    File.WriteAllText(items, CsvData.ToCsv(KnowledgeIntensiveData.Items(firms)));
    Console.WriteLine($"seed {KnowledgeIntensiveData.Seed} → {path}, {items}");
    return 0;
});
var knowledge = new Command("knowledge", "The knowledge-intensive SMEs study's reconstructed firms") { generateKnowledge };
var clean = new Command("clean", "Apply the corrections log to the raw Fig. 1 and Table 1 and write the cleaned CSV files") { data };
clean.SetAction(parse =>
{
    string folder = parse.GetValue(data)!;
    foreach (var (file, frame) in new[] { (GvcData.Figure1File, GvcData.Figure1Frame(folder)), (GvcData.Table1File, GvcData.Table1Frame(folder)) })
    {
        string path = Path.Combine(ValueChainsStudy.About.DataFolder(folder), file);
        File.WriteAllText(path, CsvData.ToCsv(frame));
        Console.WriteLine($"→ {path}");
    }
    return 0;
});
var gvc = new Command("gvc", "The value-chain study's cleaned tables") { clean };
return new RootCommand("SmeNotebooks data tools") { sonora, knowledge, gvc }.Parse(args).Invoke();
