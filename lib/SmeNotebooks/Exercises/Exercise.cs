using System.Globalization;

namespace SmeNotebooks.Exercises;

/// <summary>
/// An exercise with a checkable answer: the solution is computed by the library from the collection's data (never
/// typed in a notebook), and <see cref="Check(double)"/> or <see cref="Check(string)"/> compares a student's answer
/// with it — a number within <see cref="Tolerance"/>, or a choice (case and surrounding spaces ignored).
/// </summary>
/// <param name="Name">How the notebook numbers it, e.g. "Exercise 1".</param>
/// <param name="Number">The numeric solution (NaN for a choice).</param>
/// <param name="Choice">The solution for a choice ("Brazil", "B"); null for a number.</param>
/// <param name="Tolerance">How far a numeric answer may be from the solution, stated in the question.</param>
/// <param name="Hint">What a wrong answer is told — a method, never the solution.</param>
public sealed record Exercise(string Name, double Number, string? Choice, double Tolerance, string Hint)
{
    /// <summary>An exercise whose answer is a number within <paramref name="tolerance"/> of <paramref name="solution"/>.</summary>
    public static Exercise Numeric(string name, double solution, double tolerance, string hint)
    {
        if (!double.IsFinite(solution)) throw new ArgumentException($"{name}: the solution {solution} is not a finite number.", nameof(solution));
        if (!(tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "A tolerance is zero or positive.");
        return new Exercise(name, solution, null, tolerance, hint);
    }

    /// <summary>An exercise whose answer is one of a few names (a country, a firm, a quadrant).</summary>
    public static Exercise OneOf(string name, string solution, string hint) => new(name, double.NaN, solution.Trim(), 0, hint);

    /// <summary>Checks a numeric answer; NaN (the placeholder) is "not answered yet".</summary>
    public ExerciseResult Check(double answer)
    {
        if (Choice is not null) throw new InvalidOperationException($"{Name} asks for a name, not a number: write it in quotes.");
        if (double.IsNaN(answer)) return NotAnswered();
        return Math.Abs(answer - Number) <= Tolerance
            ? new ExerciseResult(Name, ExerciseVerdict.Correct, $"correct: {answer.ToString("G6", CultureInfo.InvariantCulture)} is within {Tolerance.ToString("G3", CultureInfo.InvariantCulture)} of the solution.")
            : new ExerciseResult(Name, ExerciseVerdict.Wrong, $"not quite: {answer.ToString("G6", CultureInfo.InvariantCulture)} is further than {Tolerance.ToString("G3", CultureInfo.InvariantCulture)} from the solution. Hint: {Hint}");
    }

    /// <summary>Checks a named answer; null or blank (the placeholder) is "not answered yet".</summary>
    public ExerciseResult Check(string? answer)
    {
        if (Choice is null) throw new InvalidOperationException($"{Name} asks for a number, not a name.");
        if (string.IsNullOrWhiteSpace(answer)) return NotAnswered();
        return string.Equals(answer.Trim(), Choice, StringComparison.OrdinalIgnoreCase)
            ? new ExerciseResult(Name, ExerciseVerdict.Correct, $"correct: {answer.Trim()}.")
            : new ExerciseResult(Name, ExerciseVerdict.Wrong, $"not quite: {answer.Trim()} is not it. Hint: {Hint}");
    }

    private ExerciseResult NotAnswered() => new(Name, ExerciseVerdict.NotAnswered, "not answered yet: replace the placeholder with your answer and run the cell again.");
}
