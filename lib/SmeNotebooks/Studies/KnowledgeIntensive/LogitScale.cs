using SmeNotebooks.Models;
using SmeNotebooks.Reconstruction;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.KnowledgeIntensive;

/// <summary>
/// Finds the scales on which a logistic regression fitted to normalized predictors prints the published table.
/// Refitting on score_j = o_j + w_j·x_j changes the estimates to B_j = β_j / w_j and the constant to
/// c = β₀ − Σ β_j·u_j with u_j = o_j / w_j; Wald statistics of the slopes do not change. So w_j = β_j / B_j hits
/// every published slope (its S.E. then follows when the Wald z already agrees), and the offsets are chosen so that c
/// and its standard error √(gᵀΣg), g = (−u₁, −u₂, 1), equal the published constant and S.E. With two predictors, as
/// in the knowledge-intensive paper's Table 10, the offsets lie on a line and the constant's variance along it is a
/// quadratic, solved in closed form — which is why this lives with that study rather than in the generic
/// Reconstruction namespace.
/// </summary>
public static class LogitScale
{
    /// <summary>
    /// The two predictors' scales for a fit on normalized values (predictors first, constant last, as
    /// <see cref="LogisticFit.Covariance"/> orders them). Of the two solutions for the offsets, the one whose smaller
    /// offset is larger (scores further from negative) is returned. Throws when no offsets give the published
    /// constant S.E. — the smallest attainable is then above it — naming both numbers.
    /// </summary>
    public static AffineScale[] ForPublished(LogisticFit fit, double[] publishedSlopes, double publishedConstant, double publishedConstantSe)
    {
        if (publishedSlopes.Length != 2) throw new ArgumentException(Localized.Format(KnowledgeIntensiveStrings.Error_TwoSlopes, publishedSlopes.Length));
        var (a, b, v0) = ConstantVariance(fit, publishedConstant);
        double b1 = fit.Coefficients[0].Estimate, b2 = fit.Coefficients[1].Estimate, k = fit.Coefficients[2].Estimate - publishedConstant;
        if (Math.Sign(b1) != Math.Sign(publishedSlopes[0]) || Math.Sign(b2) != Math.Sign(publishedSlopes[1]))
            throw new ArgumentException(KnowledgeIntensiveStrings.Error_SlopeSigns);
        double discriminant = b * b - 4 * a * (v0 - publishedConstantSe * publishedConstantSe);
        if (discriminant < 0)
            throw new InvalidOperationException(Localized.Format(KnowledgeIntensiveStrings.Error_NoOffsets, publishedConstantSe, SmallestConstantSe(fit, publishedConstant).ToString("G6", System.Globalization.CultureInfo.InvariantCulture)));
        double w1 = b1 / publishedSlopes[0], w2 = b2 / publishedSlopes[1];
        return new[] { (-b - Math.Sqrt(discriminant)) / (2 * a), (-b + Math.Sqrt(discriminant)) / (2 * a) }
            .Select(s => new[] { new AffineScale(s * w1, w1), new AffineScale((k - b1 * s) / b2 * w2, w2) })
            .MaxBy(c => Math.Min(c[0].Offset, c[1].Offset))!;
    }

    /// <summary>The smallest S.E. of the constant that any offsets giving the published constant can produce.</summary>
    public static double SmallestConstantSe(LogisticFit fit, double publishedConstant)
    {
        var (a, b, v0) = ConstantVariance(fit, publishedConstant);
        return Math.Sqrt(v0 - b * b / (4 * a));
    }

    /// <summary>
    /// Var(c) along the line β₁u₁ + β₂u₂ = β₀ − c, parametrized by u₁ = s, is a·s² + b·s + v₀ (exact from three points,
    /// since it is quadratic); a &gt; 0 because the covariance matrix is positive definite.
    /// </summary>
    private static (double A, double B, double V0) ConstantVariance(LogisticFit fit, double publishedConstant)
    {
        if (fit.Predictors.Count != 2) throw new ArgumentException(Localized.Format(KnowledgeIntensiveStrings.Error_TwoPredictors, fit.Predictors.Count));
        double b1 = fit.Coefficients[0].Estimate, b2 = fit.Coefficients[1].Estimate, k = fit.Coefficients[2].Estimate - publishedConstant;
        double Variance(double s)
        {
            double[] g = [-s, -(k - b1 * s) / b2, 1];
            double v = 0;
            for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) v += g[i] * fit.Covariance(i, j) * g[j];
            return v;
        }
        double v0 = Variance(0), vPlus = Variance(1), vMinus = Variance(-1);
        return ((vPlus + vMinus) / 2 - v0, (vPlus - vMinus) / 2, v0);
    }
}
