namespace SmeNotebooks.Models;

/// <summary>
/// Thrown when the design matrix [predictors, constant] does not have full column rank: a predictor is constant
/// or a linear combination of others. <see cref="Columns"/> names the columns involved; the message gives the
/// linear relation found.
/// </summary>
public sealed class SingularDesignException : InvalidOperationException
{
    /// <summary>The dependent column first, then the columns it is a combination of.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Creates the exception.</summary>
    public SingularDesignException(string message, IReadOnlyList<string> columns) : base(message) => Columns = columns;
}
