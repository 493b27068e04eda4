namespace SmeNotebooks.Runner.Rendering;

/// <summary>Which edition a page or notebook file is rendered for.</summary>
public enum Edition
{
    /// <summary>Everything, model solutions folded behind "Show solution": the teacher's and the reader's edition.</summary>
    Full,

    /// <summary>Without the model solution cells and their outputs: the edition a teacher hands out.</summary>
    Student,
}
