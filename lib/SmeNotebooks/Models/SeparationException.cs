namespace SmeNotebooks.Models;

/// <summary>
/// Thrown when the outcome is completely or quasi-completely separated by the predictors, so that the maximum
/// likelihood estimate does not exist (Albert and Anderson, 1984): the coefficients would grow without bound.
/// R only warns "fitted probabilities numerically 0 or 1 occurred"; here the fit stops and names the predictors.
/// </summary>
public sealed class SeparationException : InvalidOperationException
{
    /// <summary>The predictors whose coefficients diverge.</summary>
    public IReadOnlyList<string> Predictors { get; }

    /// <summary>Creates the exception.</summary>
    public SeparationException(string message, IReadOnlyList<string> predictors) : base(message) => Predictors = predictors;
}
