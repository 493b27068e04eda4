namespace SmeNotebooks.Models;

/// <summary>One step of a backward stepwise elimination, as SPSS prints "Step 1", "Step 2", ….</summary>
/// <param name="Number">Step number, 1 for the full model.</param>
/// <param name="Removed">The predictor removed before this step's fit; null for step 1.</param>
/// <param name="Fit">The model fitted at this step.</param>
public sealed record BackwardStep(int Number, string? Removed, LogisticFit Fit);
