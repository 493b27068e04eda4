using System.Globalization;

namespace SmeNotebooks.Tests.Coverage;

/// <summary>
/// The printed numbers of the four papers and what holds each. Every statement is checked as it is made: a
/// recomputation must land within the number's half unit (or a looser tolerance that says why), an identity must hold,
/// an inconsistency must be shown by its computation — a statement that fails is kept as a failure naming the study,
/// table, row, column and printed value, and holds nothing. A number held several ways keeps the strongest statement
/// (<see cref="HoldingState"/> order).
/// </summary>
public sealed class CoverageLedger
{
    private readonly Dictionary<(string Folder, string File, string Row, string Column), PrintedNumber> byCell;
    private readonly Dictionary<PrintedNumber, Holding> holdings = [];
    private readonly List<string> failures = [];

    public CoverageLedger(string dataFolder)
    {
        Numbers = [.. PrintedFiles.All.SelectMany(f => f.Numbers(dataFolder))];
        byCell = Numbers.ToDictionary(n => (n.Study, n.File, n.Row, n.Column));
    }

    /// <summary>Every printed number, in file order.</summary>
    public IReadOnlyList<PrintedNumber> Numbers { get; }

    /// <summary>The statements that did not hold, each naming its number.</summary>
    public IReadOnlyList<string> Failures => failures;

    /// <summary>What holds <paramref name="number"/>, or null when nothing does.</summary>
    public Holding? HoldingOf(PrintedNumber number) => holdings.GetValueOrDefault(number);

    /// <summary>The printed number in <paramref name="folder"/>/<paramref name="file"/> at a row (its key cells joined by " · ") and column.</summary>
    public PrintedNumber this[string folder, string file, string row, string column] =>
        byCell.TryGetValue((folder, file, row, column), out var n) ? n
            : throw new KeyNotFoundException($"No printed number in data/{folder}/{file} at row '{row}', column '{column}'.");

    /// <summary>The printed numbers of one file, optionally of one column and of the rows <paramref name="where"/> keeps.</summary>
    public IReadOnlyList<PrintedNumber> In(string folder, string file, string? column = null, Func<PrintedNumber, bool>? where = null) =>
        [.. byCell.Where(p => p.Key.Folder == folder && p.Key.File == file).Select(p => p.Value)
            .Where(n => (column is null || n.Column == column) && (where is null || where(n)))];

    /// <summary>
    /// <paramref name="number"/> recomputed from data as <paramref name="computed"/>: holds when the two differ by at most
    /// half a unit of the printed last digit, or by <paramref name="tolerance"/> when given (then <paramref name="how"/> says why).
    /// </summary>
    public void Recomputed(PrintedNumber number, double computed, string how, double? tolerance = null)
    {
        double allowed = tolerance ?? number.HalfUnit;
        if (Math.Abs(computed - number.Value) <= allowed) Hold([number], HoldingState.Recomputed, how);
        else Fail(number, $"recomputed {computed.ToString("G6", CultureInfo.InvariantCulture)}, more than {allowed.ToString(CultureInfo.InvariantCulture)} away ({how})");
    }

    /// <summary><paramref name="number"/> recomputed as the range [<paramref name="low"/>, <paramref name="high"/>] (inputs known only to their rounding): holds when the printed value lies in it, widened by its half unit.</summary>
    public void RecomputedWithin(PrintedNumber number, double low, double high, string how)
    {
        if (number.Value >= low - number.HalfUnit && number.Value <= high + number.HalfUnit) Hold([number], HoldingState.Recomputed, how);
        else Fail(number, $"outside the recomputed range [{low:G6}, {high:G6}] ± {number.HalfUnit} ({how})");
    }

    /// <summary>An identity among printed numbers: holds all of <paramref name="numbers"/> when <paramref name="holds"/>.</summary>
    public void Identity(IEnumerable<PrintedNumber> numbers, bool holds, string how)
    {
        var list = numbers.ToList();
        if (holds) Hold(list, HoldingState.Identity, how);
        else foreach (var n in list) Fail(n, $"the identity does not hold: {how}");
    }

    /// <summary>An inconsistency among printed numbers, proven by a computation: holds <paramref name="numbers"/> when <paramref name="shown"/>.</summary>
    public void Inconsistent(IEnumerable<PrintedNumber> numbers, bool shown, string how)
    {
        var list = numbers.ToList();
        if (shown) Hold(list, HoldingState.Inconsistent, how);
        else foreach (var n in list) Fail(n, $"the inconsistency is no longer shown: {how}");
    }

    /// <summary>Numbers nothing else in the paper or its data can check, and why.</summary>
    public void NotCheckable(IEnumerable<PrintedNumber> numbers, string reason) => Hold(numbers.ToList(), HoldingState.NotCheckable, reason);

    private void Hold(IReadOnlyList<PrintedNumber> numbers, HoldingState state, string how)
    {
        foreach (var n in numbers)
            if (!holdings.TryGetValue(n, out var held) || state < held.State) holdings[n] = new Holding(state, how);
    }

    private void Fail(PrintedNumber number, string why) => failures.Add($"{number}: {why}");
}
