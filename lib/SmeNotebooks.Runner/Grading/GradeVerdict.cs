namespace SmeNotebooks.Runner.Grading;

/// <summary>What the gradebook records for one exercise of one submission.</summary>
public enum GradeVerdict
{
    /// <summary>The answer passes the exercise's check.</summary>
    Correct,

    /// <summary>The answer fails it.</summary>
    Wrong,

    /// <summary>The placeholder is still there (NaN, an empty text).</summary>
    Unanswered,

    /// <summary>No answer could be read: the notebook failed, the variable is gone, the value is of another kind.</summary>
    Error,
}
