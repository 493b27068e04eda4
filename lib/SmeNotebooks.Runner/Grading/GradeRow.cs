namespace SmeNotebooks.Runner.Grading;

/// <summary>One line of the gradebook: one exercise of one student's submission.</summary>
/// <param name="Student">The submitted file's name without its extension.</param>
/// <param name="Notebook">The collection notebook it is (its English name), or the file's name when it is none.</param>
/// <param name="Exercise">The exercise's number, or 0 for a line about the whole submission.</param>
/// <param name="Verdict">What the check made of the answer.</param>
/// <param name="Answer">The answer as the grader read it (invariant culture), or "".</param>
/// <param name="Error">Why there is no verdict, or "".</param>
public sealed record GradeRow(string Student, string Notebook, int Exercise, GradeVerdict Verdict, string Answer, string Error);
