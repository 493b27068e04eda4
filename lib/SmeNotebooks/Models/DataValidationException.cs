namespace SmeNotebooks.Models;

/// <summary>
/// Thrown when the data handed to a model cannot be used as given: a missing column, an outcome that is not
/// 0/1, a NaN or infinite value, a non-positive value under a logarithm. The message names the column and the
/// offending value or row count.
/// </summary>
public sealed class DataValidationException : ArgumentException
{
    /// <summary>The column at fault, when there is one.</summary>
    public string? Column { get; }

    /// <summary>Creates the exception with a message that names the problem.</summary>
    public DataValidationException(string message, string? column = null) : base(message) => Column = column;
}
