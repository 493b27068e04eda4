namespace SmeNotebooks.Reconstruction;

/// <summary>
/// A published OLS table to reproduce exactly: slopes and constant with their t values, R², the number of cases
/// the regression used and the Durbin-Watson statistic.
/// </summary>
/// <param name="Slopes">The printed slope coefficients.</param>
/// <param name="SlopeT">Their printed t values.</param>
/// <param name="Constant">The printed constant.</param>
/// <param name="ConstantT">Its printed t value.</param>
/// <param name="RSquared">R² to build to (use one more digit than printed when the printed value puts F on a rounding edge).</param>
/// <param name="Cases">Cases in the regression.</param>
/// <param name="DurbinWatson">The Durbin-Watson statistic to order the cases for.</param>
public sealed record LinearTarget(IReadOnlyList<double> Slopes, IReadOnlyList<double> SlopeT, double Constant, double ConstantT, double RSquared, int Cases, double DurbinWatson);
