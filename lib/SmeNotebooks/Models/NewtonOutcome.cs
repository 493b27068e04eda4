namespace SmeNotebooks.Models;

/// <summary>How <see cref="GroupedLogit.Newton"/> ended, after how many iterations, with its last Newton decrement UᵀI⁻¹U.</summary>
internal readonly record struct NewtonOutcome(NewtonStop Stop, int Iterations, double Decrement);
