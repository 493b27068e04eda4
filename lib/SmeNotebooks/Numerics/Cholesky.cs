namespace SmeNotebooks.Numerics;

/// <summary>
/// Cholesky factorisation A = L·Lᵀ of a small symmetric positive-definite matrix held row-major in a span,
/// written by hand so that a model fit allocates nothing per iteration (Golub and Van Loan, Matrix
/// Computations, 4th ed., Algorithm 4.2.1).
/// </summary>
internal static class Cholesky
{
    /// <summary>Relative pivot size below which the matrix is treated as singular.</summary>
    public const double SingularityTolerance = 1e-11;

    /// <summary>
    /// Overwrites the lower triangle of <paramref name="a"/> (k×k, row-major) with L.
    /// Returns −1 on success, or the index of the first column whose pivot vanished (the matrix is singular).
    /// </summary>
    public static int Decompose(Span<double> a, int k)
    {
        for (int j = 0; j < k; j++)
        {
            double original = a[j * k + j];
            double d = original;
            for (int m = 0; m < j; m++) d -= a[j * k + m] * a[j * k + m];
            if (!(d > SingularityTolerance * Math.Max(1.0, Math.Abs(original)))) return j;
            double ljj = Math.Sqrt(d);
            a[j * k + j] = ljj;
            for (int i = j + 1; i < k; i++)
            {
                double s = a[i * k + j];
                for (int m = 0; m < j; m++) s -= a[i * k + m] * a[j * k + m];
                a[i * k + j] = s / ljj;
            }
        }
        return -1;
    }

    /// <summary>Solves L·Lᵀ·x = b in place (b becomes x), with L from <see cref="Decompose"/>.</summary>
    public static void Solve(ReadOnlySpan<double> l, int k, Span<double> b)
    {
        for (int i = 0; i < k; i++)
        {
            double s = b[i];
            for (int m = 0; m < i; m++) s -= l[i * k + m] * b[m];
            b[i] = s / l[i * k + i];
        }
        for (int i = k - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int m = i + 1; m < k; m++) s -= l[m * k + i] * b[m];
            b[i] = s / l[i * k + i];
        }
    }

    /// <summary>Writes (L·Lᵀ)⁻¹ into <paramref name="inverse"/> (k×k, row-major, full symmetric).</summary>
    public static void Invert(ReadOnlySpan<double> l, int k, Span<double> inverse)
    {
        Span<double> column = stackalloc double[k];
        for (int j = 0; j < k; j++)
        {
            column.Clear();
            column[j] = 1.0;
            Solve(l, k, column);
            for (int i = 0; i < k; i++) inverse[i * k + j] = column[i];
        }
    }
}
