namespace SmeNotebooks.Models;

/// <summary>One point of a ROC curve: classifying as 1 every case whose fitted probability is at least <paramref name="Threshold"/>.</summary>
/// <param name="Threshold">The probability threshold.</param>
/// <param name="Sensitivity">True-positive rate at the threshold.</param>
/// <param name="Specificity">True-negative rate at the threshold.</param>
public sealed record RocPoint(double Threshold, double Sensitivity, double Specificity);
