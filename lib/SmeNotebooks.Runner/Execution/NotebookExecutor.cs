using SmeNotebooks.Engine.Execution;
using System.Diagnostics;
using SmeNotebooks.Runner.Grading;
using System.Globalization;
using Markdig;
using SmeNotebooks.Runner.Dib;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Runner.Execution;

/// <summary>
/// Executes a notebook top to bottom: C# cells share one chain of Roslyn script submissions, in order; Markdown and HTML cells are
/// passed through; cells of other kernels are marked "not executed". Runs with the notebook's folder as working
/// directory and the invariant culture. Meant to run once per process (Roslyn never unloads script assemblies).
/// </summary>
public sealed class NotebookExecutor
{
    private readonly TimeSpan _cellTimeout;
    private readonly bool _keepGoing;

    /// <summary>Creates an executor with a per-cell timeout; with <paramref name="keepGoing"/> it runs on past a failed cell.</summary>
    public NotebookExecutor(TimeSpan cellTimeout, bool keepGoing)
    {
        _cellTimeout = cellTimeout;
        _keepGoing = keepGoing;
    }

    /// <summary>
    /// Executes the notebook at <paramref name="path"/>; then reads the values of the variables named in
    /// <paramref name="answers"/> (a student's answers, for the grader) from the session the cells left.
    /// </summary>
    public NotebookRun Run(string path, IReadOnlyList<string>? answers = null)
    {
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        string full = Path.GetFullPath(path);
        string name = Path.GetFileName(full);
        DibDocument document;
        try { document = DibDocument.Parse(File.ReadAllText(full), name); }
        catch (DibFormatException ex) { return new NotebookRun(full, name, "", [], started, clock.Elapsed.TotalMilliseconds, ex.Message); }

        string language = SmeNotebooks.Engine.Translation.NotebookFiles.LanguageOf(full);
        string folder = Path.GetDirectoryName(full)!;
        string previousDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        var dataFiles = new List<string>();
        void Record(string file) { lock (dataFiles) if (!dataFiles.Contains(file)) dataFiles.Add(file); }
        SmeNotebooks.Data.CsvData.FileRead += Record;
        try
        {
            using var host = NotebookHost.Start(language, folder, SmeNotebooks.Engine.Translation.NotebookFiles.EnglishName(full));
            var cells = ExecuteCells(document, name, host.Session);
            var (title, summary) = TitleAndSummary(document, name);
            return new NotebookRun(full, title, summary, cells, started, clock.Elapsed.TotalMilliseconds)
            {
                DataFiles = [.. dataFiles],
                Answers = [.. (answers ?? []).Select(variable => AnswerValue.Of(variable, host.Session.Evaluate(variable)))],
            };
        }
        finally
        {
            SmeNotebooks.Data.CsvData.FileRead -= Record;
            Directory.SetCurrentDirectory(previousDirectory);
        }
    }

    private List<CellRun> ExecuteCells(DibDocument document, string name, NotebookSession session)
    {
        var runs = new List<CellRun>();
        var sink = session.Sink;
        bool stopped = false;
        for (int i = 0; i < document.Cells.Count; i++)
        {
            var cell = document.Cells[i];
            int number = i + 1;
            if (cell.Language is CellLanguage.Markdown or CellLanguage.Html or CellLanguage.Meta)
            {
                runs.Add(new CellRun(number, cell.Kernel, cell.Language, cell.Content, CellStatus.Ok, [], null, 0));
                continue;
            }
            if (cell.Language == CellLanguage.Other)
            {
                runs.Add(new CellRun(number, cell.Kernel, cell.Language, cell.Content, CellStatus.NotExecuted,
                    [new CellOutput(CellOutputKind.Note, Localized.Format(EngineStrings.NotExecuted, cell.Kernel))], null, 0));
                continue;
            }
            if (stopped)
            {
                runs.Add(new CellRun(number, cell.Kernel, cell.Language, cell.Content, CellStatus.Skipped, [], null, 0));
                continue;
            }
            var clock = Stopwatch.StartNew();
            // On a thread of its own: synchronous cell code would otherwise never time out. At the timeout the cell is
            // interrupted (the engine's interruption points stop its loops and the library's searches); one that stops
            // leaves the session as it was before it, and the next cells run.
            using var interrupt = new CancellationTokenSource();
            var task = Task.Run(() =>
            {
                SmeNotebooks.Interruption.Token = interrupt.Token;
                return session.Execute(cell.Content, number);
            });
            bool finished = task.Wait(_cellTimeout);
            if (!finished)
            {
                interrupt.Cancel();
                finished = task.Wait(TimeSpan.FromSeconds(5));
            }
            Exception? failure = interrupt.IsCancellationRequested
                ? new TimeoutException(Localized.Format(EngineStrings.Timeout, _cellTimeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)))
                : task.Result;
            string? error = null;
            if (failure is not null)
            {
                error = CellFailure.Of(failure, number).Describe(name, number);
                sink.Add(new CellOutput(CellOutputKind.Error, error));
                if (!finished) stopped = true;  // the timed-out script is still running: nothing after it is safe
            }
            runs.Add(new CellRun(number, cell.Kernel, cell.Language, cell.Content, error is null ? CellStatus.Ok : CellStatus.Failed, sink.Take(), error, clock.Elapsed.TotalMilliseconds));
            if (error is not null && !_keepGoing) stopped = true;
        }
        return runs;
    }

    /// <summary>The first Markdown heading (title) and the first paragraph after it (summary), solutions left out.</summary>
    internal static (string Title, string Summary) TitleAndSummary(DibDocument document, string fallback)
    {
        // Model solutions never reach the summary (the index of the student edition shows it); a cell ends a paragraph.
        var markdown = document.Cells.Where(c => c.Language == CellLanguage.Markdown && !SolutionCells.IsSolution(c.Language, c.Content)).Select(c => c.Content).ToArray();
        var lines = markdown.SelectMany(m => m.Split('\n').Append("")).Select(l => l.TrimEnd('\r')).ToArray();
        string title = lines.FirstOrDefault(l => l.StartsWith("# "))?[2..].Trim() ?? fallback;
        string summary = lines.SkipWhile(l => !l.StartsWith("# ")).Skip(1)
            .SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#'))
            .Aggregate("", (a, l) => a.Length == 0 ? l.Trim() : a + " " + l.Trim());
        return (title, Markdown.ToPlainText(summary).Trim());
    }
}
