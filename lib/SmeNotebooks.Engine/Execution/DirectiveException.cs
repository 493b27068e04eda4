namespace SmeNotebooks.Engine.Execution;

/// <summary>A directive (<c>#r "nuget: …"</c>, <c>#r "….dll"</c>) that cannot be satisfied; <see cref="Line"/> is its line in the cell.</summary>
public sealed class DirectiveException(int line, string reason) : Exception($"line {line}: {reason}")
{
    /// <summary>1-based line of the directive inside its cell.</summary>
    public int Line { get; } = line;

    /// <summary>Why it cannot be satisfied, without the line number.</summary>
    public string Reason { get; } = reason;
}
