namespace SmeNotebooks.Exercises;

/// <summary>What a check made of a student's answer.</summary>
public enum ExerciseVerdict
{
    /// <summary>The answer is still the placeholder (NaN or empty): nothing to check yet.</summary>
    NotAnswered,

    /// <summary>Within the tolerance of the solution (or the same choice).</summary>
    Correct,

    /// <summary>Answered, but not the solution; the result carries a hint.</summary>
    Wrong,
}
