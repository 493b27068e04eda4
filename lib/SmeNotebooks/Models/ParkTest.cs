using SmeNotebooks.Localization;

namespace SmeNotebooks.Models;

/// <summary>
/// Park test for heteroscedasticity (Park, 1966; Gujarati and Porter, Basic Econometrics, 5th ed., §11.5): regress
/// ln eᵢ² (or eᵢ²) on the regressors of the original model, with a constant. Significant slopes suggest that the
/// error variance changes with that regressor.
/// </summary>
/// <param name="Form">Which dependent variable was used.</param>
/// <param name="Regression">The auxiliary regression.</param>
public sealed record ParkTest(ParkForm Form, LinearFit Regression)
{
    /// <summary>Runs the Park test on the residuals of <paramref name="fit"/>, with the same regressors.</summary>
    public static ParkTest Of(LinearFit fit, ParkForm form = ParkForm.LogSquaredResiduals)
    {
        var residuals = fit.Residuals;
        if (form == ParkForm.LogSquaredResiduals && residuals.Any(e => e == 0))
            throw new DataValidationException(Strings.Error_ParkZeroResidual);
        var y = residuals.Select(e => form == ParkForm.LogSquaredResiduals ? Math.Log(e * e) : e * e).ToArray();
        var columns = fit.Predictors.Select(fit.PredictorValues).ToArray();
        var rows = Enumerable.Range(0, fit.N).Select(i => columns.Select(c => c[i]).ToArray()).ToArray();
        string outcome = form == ParkForm.LogSquaredResiduals ? "ln e²" : "e²";
        return new ParkTest(form, LinearRegression.Fit(rows, y, fit.Predictors.ToArray(), true, outcome, 0));
    }
}
