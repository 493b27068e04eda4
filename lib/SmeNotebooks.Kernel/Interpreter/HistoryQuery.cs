namespace SmeNotebooks.Kernel.Interpreter;

/// <summary>
/// What a history request asks for, as IPython answers it: <c>tail</c> (the last <paramref name="N"/>, 10 by default),
/// <c>range</c> (<paramref name="Start"/> ≤ line &lt; <paramref name="Stop"/>) or <c>search</c> (a glob over the whole
/// input, the last <paramref name="N"/>, each input once when <paramref name="Unique"/>).
/// </summary>
internal sealed record HistoryQuery(string Access, int? N, int Start, int Stop, string Pattern, bool Unique);
