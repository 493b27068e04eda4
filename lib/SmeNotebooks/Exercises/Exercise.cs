using System.Globalization;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Exercises;

/// <summary>
/// An exercise with a checkable answer: the solution is computed by the library from the collection's data (never
/// typed in a notebook), and <see cref="Check(double)"/> or <see cref="Check(string)"/> compares a student's answer
/// with it — a number within the tolerance stated in the question, or a choice (case and surrounding spaces ignored,
/// in any of the collection's languages). What the student reads is in the reader's language (<see cref="Strings"/>).
/// The solution is kept inside: no public member, <c>ToString</c> or display of an exercise shows it, so a student's
/// notebook cannot print it (a determined student can still read the library's source — see the teacher's notes).
/// </summary>
public sealed class Exercise
{
    private readonly double _number;
    private readonly IReadOnlyList<IReadOnlyList<string>> _parts;
    private readonly double _tolerance;

    private Exercise(int index, double number, IReadOnlyList<IReadOnlyList<string>> parts, double tolerance, string hint) =>
        (Index, _number, _parts, _tolerance, Hint) = (index, number, parts, tolerance, hint);

    /// <summary>How the notebook numbers it: 1 for "Exercise 1".</summary>
    public int Index { get; }

    /// <summary>What a wrong answer is told — a method, never the solution.</summary>
    public string Hint { get; }

    /// <summary>"Exercise 1" in the reader's language.</summary>
    public string Name => Localized.Format(Strings.Exercise_Name, Index);

    /// <summary>An exercise whose answer is a number within <paramref name="tolerance"/> of <paramref name="solution"/>.</summary>
    public static Exercise Numeric(int index, double solution, double tolerance, string hint)
    {
        if (!double.IsFinite(solution)) throw new ArgumentException(Localized.Format(Strings.Exercise_SolutionNotFinite, Localized.Format(Strings.Exercise_Name, index), solution), nameof(solution));
        if (!(tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, Strings.Exercise_ToleranceNegative);
        return new Exercise(index, solution, [], tolerance, hint);
    }

    /// <summary>
    /// An exercise whose answer is one of a few names (a country, a firm, a quadrant): <paramref name="solution"/>, or
    /// the same name in another of the collection's languages (<paramref name="translations"/>).
    /// </summary>
    public static Exercise OneOf(int index, string solution, string hint, params string[] translations) =>
        new(index, double.NaN, [[solution.Trim(), .. translations.Select(t => t.Trim())]], 0, hint);

    /// <summary>
    /// An exercise that asks several questions, each answered by a name (a firm, then a quadrant): the answer gives
    /// them in order, separated by commas ("B, Fortalezas"), and is right when every part is one of that part's
    /// <paramref name="parts"/> (its solution and the same name in the collection's other languages). A wrong answer
    /// is told how many of its parts are right, not which.
    /// </summary>
    public static Exercise OneOfEach(int index, string hint, params IReadOnlyList<string>[] parts) =>
        parts.Length >= 2 && parts.All(p => p.Count > 0)
            ? new(index, double.NaN, [.. parts.Select(p => (IReadOnlyList<string>)[.. p.Select(c => c.Trim())])], 0, hint)
            : throw new ArgumentException(Localized.Format(Strings.Exercise_PartsMissing, Localized.Format(Strings.Exercise_Name, index)), nameof(parts));

    /// <summary>Checks a numeric answer; NaN (the placeholder) is "not answered yet".</summary>
    public ExerciseResult Check(double answer)
    {
        if (_parts.Count > 0) throw new InvalidOperationException(Localized.Format(Strings.Exercise_AsksForName, Name));
        if (double.IsNaN(answer)) return NotAnswered();
        string shown = answer.ToString("G6", CultureInfo.InvariantCulture), tolerance = _tolerance.ToString("G3", CultureInfo.InvariantCulture);
        return Math.Abs(answer - _number) <= _tolerance
            ? new ExerciseResult(Name, ExerciseVerdict.Correct, Localized.Format(Strings.Exercise_NumberCorrect, shown, tolerance))
            : new ExerciseResult(Name, ExerciseVerdict.Wrong, Localized.Format(Strings.Exercise_NumberWrong, shown, tolerance, Hint));
    }

    /// <summary>Checks a named answer; null or blank (the placeholder) is "not answered yet".</summary>
    public ExerciseResult Check(string? answer)
    {
        if (_parts.Count == 0) throw new InvalidOperationException(Localized.Format(Strings.Exercise_AsksForNumber, Name));
        if (string.IsNullOrWhiteSpace(answer)) return NotAnswered();
        string given = answer.Trim();
        string[] answers = _parts.Count == 1 ? [given] : given.Split(',', StringSplitOptions.TrimEntries);
        if (answers.Length != _parts.Count)
            return new ExerciseResult(Name, ExerciseVerdict.Wrong, Localized.Format(Strings.Exercise_PartsCount, given, _parts.Count, answers.Length));
        int right = answers.Zip(_parts).Count(a => a.Second.Any(c => string.Equals(a.First, c, StringComparison.OrdinalIgnoreCase)));
        return right == _parts.Count ? new ExerciseResult(Name, ExerciseVerdict.Correct, Localized.Format(Strings.Exercise_ChoiceCorrect, given))
            : _parts.Count == 1 ? new ExerciseResult(Name, ExerciseVerdict.Wrong, Localized.Format(Strings.Exercise_ChoiceWrong, given, Hint))
            : new ExerciseResult(Name, ExerciseVerdict.Wrong, Localized.Format(Strings.Exercise_PartsWrong, given, right, _parts.Count, Hint));
    }

    private ExerciseResult NotAnswered() => new(Name, ExerciseVerdict.NotAnswered, Strings.Exercise_NotAnswered);

    /// <summary>The exercise's name ("Exercise 1"), never its solution.</summary>
    public override string ToString() => Name;
}
