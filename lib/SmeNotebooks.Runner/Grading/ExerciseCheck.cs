using System.Reflection;
using System.Text.RegularExpressions;
using SmeNotebooks.Exercises;
using Exercise = SmeNotebooks.Exercises.Exercise;
using SmeNotebooks.Runner.Dib;

namespace SmeNotebooks.Runner.Grading;

/// <summary>
/// An exercise as a collection notebook checks it — <c>SonoraExercises.Exercise1(dataFolder).Check(answer1)</c> in a
/// cell that is not a solution — and the same check made by the grader, in its own process, on the answer a
/// student's notebook left: a submission's outputs are never trusted for a verdict.
/// </summary>
/// <param name="Study">The class of the study's exercises, e.g. "SonoraExercises".</param>
/// <param name="Index">The exercise's number.</param>
/// <param name="Variable">The answer variable the check reads, e.g. "answer1".</param>
public sealed partial record ExerciseCheck(string Study, int Index, string Variable)
{
    /// <summary>The checks of <paramref name="notebook"/>'s exercises, in order (none for a notebook without exercises).</summary>
    public static IReadOnlyList<ExerciseCheck> In(DibDocument notebook) =>
        [.. notebook.Cells.Where(c => c.Language == CellLanguage.CSharp && !SolutionCells.IsSolution(c.Language, c.Content))
            .SelectMany(c => Call().Matches(c.Content))
            .Select(m => new ExerciseCheck(m.Groups[1].Value, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[3].Value))
            .DistinctBy(c => (c.Study, c.Index))];

    /// <summary>The exercise as the library builds it, its solution computed from <paramref name="dataFolder"/> (the study's <c>ExerciseN(dataFolder)</c>).</summary>
    public Exercise Exercise(string dataFolder) =>
        (Exercise)typeof(Exercise).Assembly.GetExportedTypes().Single(t => t.Name == Study)
            .GetMethod("Exercise" + Index, BindingFlags.Public | BindingFlags.Static, [typeof(string)])!.Invoke(null, [dataFolder])!;

    /// <summary>The check of <paramref name="answer"/> by <paramref name="exercise"/>: a number or a text, as the student left it.</summary>
    public static ExerciseResult Grade(AnswerValue answer, Exercise exercise) =>
        answer.Number is { } number ? exercise.Check(number) : exercise.Check(answer.Text);

    [GeneratedRegex(@"\b(\w+Exercises)\.Exercise(\d+)\(\s*dataFolder\s*\)\.Check\(\s*(\w+)\s*\)")]
    private static partial Regex Call();
}
