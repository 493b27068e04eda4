namespace SmeNotebooks.Models;

/// <summary>The dependent variable of the Park test's auxiliary regression.</summary>
public enum ParkForm
{
    /// <summary>ln eᵢ² — Park's (1966) original form.</summary>
    LogSquaredResiduals,

    /// <summary>eᵢ² — the untransformed squared residuals.</summary>
    SquaredResiduals,
}
