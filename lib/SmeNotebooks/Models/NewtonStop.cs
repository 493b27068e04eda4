namespace SmeNotebooks.Models;

/// <summary>Why <see cref="GroupedLogit.Newton"/> stopped.</summary>
internal enum NewtonStop
{
    /// <summary>Half the Newton decrement fell below the tolerance.</summary>
    Converged,
    /// <summary>The iterations ran out first.</summary>
    IterationLimit,
    /// <summary>The decrement was not finite, or the first parameter left its bound.</summary>
    Diverged,
    /// <summary>The information matrix lost positive definiteness.</summary>
    Singular,
}
