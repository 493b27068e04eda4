namespace SmeNotebooks.Models;

/// <summary>What a log-linear model does with zero or negative values, whose logarithm does not exist.</summary>
public enum NonPositivePolicy
{
    /// <summary>Throw a <see cref="DataValidationException"/> naming the column and how many rows are affected.</summary>
    Throw,

    /// <summary>Delete those cases listwise and report how many each column lost (<see cref="CobbDouglasFit.Dropped"/>).</summary>
    Drop,
}
