namespace SmeNotebooks.Models;

/// <summary>One row of SPSS's "Contingency Table for Hosmer and Lemeshow Test".</summary>
/// <param name="Size">Cases in the group.</param>
/// <param name="ObservedEvents">Observed count of outcome 1.</param>
/// <param name="ExpectedEvents">Sum of fitted probabilities in the group.</param>
public sealed record HosmerLemeshowGroup(int Size, int ObservedEvents, double ExpectedEvents)
{
    /// <summary>Observed count of outcome 0.</summary>
    public int ObservedNonEvents => Size - ObservedEvents;

    /// <summary>Expected count of outcome 0: size − expected events.</summary>
    public double ExpectedNonEvents => Size - ExpectedEvents;
}
