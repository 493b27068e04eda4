using System.ComponentModel;
namespace SmeNotebooks.Charts;

/// <summary>A labelled set of predictor values (in the model's predictor order), e.g. "small IT firm".</summary>
/// <param name="Label">Legend and menu text.</param>
/// <param name="Values">One value per predictor; the value of the varied predictor is replaced along the curve.</param>
public sealed record Profile([Localizable(true)] string Label, double[] Values);
