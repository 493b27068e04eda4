namespace SmeNotebooks.Models;

/// <summary>
/// A nonparametric bootstrap percentile interval (Efron and Tibshirani, An Introduction to the Bootstrap, §13.3):
/// cases resampled with replacement, the model refitted on each resample, and the 2.5th and 97.5th percentiles of
/// the replicated statistic taken. Resamples on which the fit fails (separation) are counted and left out.
/// </summary>
/// <param name="Estimate">The statistic on the original data.</param>
/// <param name="Lower95">2.5th percentile of the replicates.</param>
/// <param name="Upper95">97.5th percentile of the replicates.</param>
/// <param name="Replicates">Resamples that gave a fit.</param>
/// <param name="Failed">Resamples whose fit failed and were left out.</param>
public sealed record BootstrapInterval(double Estimate, double Lower95, double Upper95, int Replicates, int Failed);
