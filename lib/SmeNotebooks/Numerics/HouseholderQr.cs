namespace SmeNotebooks.Numerics;

/// <summary>
/// Thin Householder QR of a tall n×p design matrix (column-major copy), enough for least squares:
/// β = R⁻¹Qᵀy and (XᵀX)⁻¹ = R⁻¹R⁻ᵀ (Golub and Van Loan, Algorithm 5.2.1). Rank is judged as R's <c>lm</c> judges it
/// (LINPACK dqrdc2, tol = 1e-7): a column whose norm, after removing the columns before it, falls below
/// <see cref="RankTolerance"/> times its original norm is (numerically) a linear combination of them and is
/// reported in <see cref="FirstDependentColumn"/>; dqrdc2 would pivot it to the end and R prints its coefficient as NA.
/// Every sum runs in one fixed order (four interleaved partial sums, no SIMD): the result is the same to the last bit on
/// every CPU, whatever vector width it has, so the synthetic data generated through it regenerate identically.
/// </summary>
internal sealed class HouseholderQr
{
    private readonly double[] _a;      // column-major n×p: R above the diagonal, Householder vectors below
    private readonly double[] _diagR;
    private readonly double[] _beta;   // Householder scalars

    /// <summary>Relative norm below which a column counts as dependent on the earlier ones: R's <c>lm</c> default, 1e-7.</summary>
    public const double RankTolerance = 1e-7;

    /// <summary>Rows of the factored matrix.</summary>
    public int Rows { get; }

    /// <summary>Columns of the factored matrix.</summary>
    public int Columns { get; }

    /// <summary>Index of the first column that is (numerically) a combination of earlier ones, or −1.</summary>
    public int FirstDependentColumn { get; }

    /// <summary>Factors <paramref name="columns"/> (each of length n); the arrays are not modified.</summary>
    public HouseholderQr(IReadOnlyList<double[]> columns)
    {
        Columns = columns.Count;
        Rows = columns[0].Length;
        int n = Rows, p = Columns;
        _a = new double[n * p];
        for (int j = 0; j < p; j++) Array.Copy(columns[j], 0, _a, j * n, n);
        _diagR = new double[p];
        _beta = new double[p];
        FirstDependentColumn = -1;
        for (int j = 0; j < p; j++)
        {
            double originalNorm = Norm(columns[j]);
            var v = _a.AsSpan(j * n + j, n - j);   // column j from row j down: becomes the Householder vector
            double norm = Norm(v);
            if (norm <= RankTolerance * Math.Max(originalNorm, 1e-300))
            {
                if (FirstDependentColumn < 0) FirstDependentColumn = j;
                _diagR[j] = 0;
                _beta[j] = 0;
                continue;
            }
            double alpha = v[0] > 0 ? -norm : norm;
            v[0] -= alpha;
            _beta[j] = 2.0 / Dot(v, v);
            _diagR[j] = alpha;
            for (int c = j + 1; c < p; c++)
            {
                var target = _a.AsSpan(c * n + j, n - j);
                double s = _beta[j] * Dot(v, target);
                SubtractMultiple(v, s, target);
            }
        }
    }

    /// <summary>Returns Qᵀy (length n) for a vector y of length n.</summary>
    public double[] QTransposeTimes(ReadOnlySpan<double> y)
    {
        int n = Rows;
        var r = y.ToArray();
        for (int j = 0; j < Columns; j++)
        {
            if (_beta[j] == 0) continue;
            var v = _a.AsSpan(j * n + j, n - j);
            var target = r.AsSpan(j, n - j);
            double s = _beta[j] * Dot(v, target);
            SubtractMultiple(v, s, target);
        }
        return r;
    }

    /// <summary>
    /// Σ aᵢbᵢ with four running sums (i ≡ 0, 1, 2, 3 mod 4) added as ((s₀ + s₁) + (s₂ + s₃)) + the remainder in order:
    /// four additions in flight instead of one, and the same order — so the same bits — on every CPU.
    /// </summary>
    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int n = a.Length, n4 = n & ~3;
        b = b[..n];
        for (int i = 0; i < n4; i += 4)
        {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        double s = (s0 + s1) + (s2 + s3);
        for (int i = n4; i < n; i++) s += a[i] * b[i];
        return s;
    }

    /// <summary>Euclidean norm √(Σ aᵢ²), summed as <see cref="Dot"/> sums.</summary>
    private static double Norm(ReadOnlySpan<double> a) => Math.Sqrt(Dot(a, a));

    /// <summary>target ← target − s·v, element by element.</summary>
    private static void SubtractMultiple(ReadOnlySpan<double> v, double s, Span<double> target)
    {
        for (int i = 0; i < v.Length; i++) target[i] -= s * v[i];
    }

    private double R(int i, int j) => i == j ? _diagR[i] : _a[j * Rows + i];

    /// <summary>Least-squares coefficients β = R⁻¹(Qᵀy)[0..p) for a full-rank design.</summary>
    public double[] Solve(ReadOnlySpan<double> y)
    {
        var qty = QTransposeTimes(y);
        var beta = new double[Columns];
        for (int i = Columns - 1; i >= 0; i--)
        {
            double s = qty[i];
            for (int m = i + 1; m < Columns; m++) s -= R(i, m) * beta[m];
            beta[i] = s / R(i, i);
        }
        return beta;
    }

    /// <summary>(XᵀX)⁻¹ = R⁻¹R⁻ᵀ as a p×p array, for a full-rank design.</summary>
    public double[,] InverseCrossProduct()
    {
        int p = Columns;
        var rInv = new double[p, p];
        for (int j = 0; j < p; j++)
        {
            rInv[j, j] = 1.0 / R(j, j);
            for (int i = j - 1; i >= 0; i--)
            {
                double s = 0;
                for (int m = i + 1; m <= j; m++) s += R(i, m) * rInv[m, j];
                rInv[i, j] = -s / R(i, i);
            }
        }
        var result = new double[p, p];
        for (int i = 0; i < p; i++)
            for (int j = 0; j < p; j++)
            {
                double s = 0;
                for (int m = Math.Max(i, j); m < p; m++) s += rInv[i, m] * rInv[j, m];
                result[i, j] = s;
            }
        return result;
    }
}
