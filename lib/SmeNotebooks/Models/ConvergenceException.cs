namespace SmeNotebooks.Models;

/// <summary>Thrown when an iterative fit does not reach its tolerance within the iteration limit.</summary>
public sealed class ConvergenceException : InvalidOperationException
{
    /// <summary>Iterations performed.</summary>
    public int Iterations { get; }

    /// <summary>Creates the exception.</summary>
    public ConvergenceException(string message, int iterations) : base(message) => Iterations = iterations;
}
