using System.Net;

namespace SmeNotebooks.Exercises;

/// <summary>
/// A checked answer as a notebook shows it: ✓, ✗ with a hint, or "not answered yet". It never states the solution, so
/// it can sit in a student's page, and it never throws, so an unanswered or wrong exercise does not fail a render.
/// </summary>
/// <param name="Exercise">Which exercise, e.g. "Exercise 1".</param>
/// <param name="Verdict">What the check made of the answer.</param>
/// <param name="Message">What the student reads.</param>
public sealed record ExerciseResult(string Exercise, ExerciseVerdict Verdict, string Message)
{
    /// <summary>HTML: a green tick, a red cross or a grey dot, then the message.</summary>
    public string ToHtml() => $"<p class=\"sme-exercise sme-exercise-{Verdict.ToString().ToLowerInvariant()}\">{Symbol} " +
        $"<strong>{WebUtility.HtmlEncode(Exercise)}</strong> — {WebUtility.HtmlEncode(Message)}</p>";

    private string Symbol => Verdict switch { ExerciseVerdict.Correct => "✓", ExerciseVerdict.Wrong => "✗", _ => "·" };

    /// <inheritdoc />
    public override string ToString() => $"{Symbol} {Exercise} — {Message}";
}
