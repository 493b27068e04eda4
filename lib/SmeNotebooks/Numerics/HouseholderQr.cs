using System.Numerics.Tensors;

namespace SmeNotebooks.Numerics;

/// <summary>
/// Thin Householder QR of a tall n×p design matrix (column-major copy), enough for least squares:
/// β = R⁻¹Qᵀy and (XᵀX)⁻¹ = R⁻¹R⁻ᵀ (Golub and Van Loan, Algorithm 5.2.1). No pivoting: a vanishing
/// diagonal of R signals a column that is a linear combination of the columns before it.
/// </summary>
internal sealed class HouseholderQr
{
    private readonly double[] _a;      // column-major n×p: R above the diagonal, Householder vectors below
    private readonly double[] _diagR;
    private readonly double[] _beta;   // Householder scalars

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
            double originalNorm = TensorPrimitives.Norm(columns[j].AsSpan());
            var v = _a.AsSpan(j * n + j, n - j);   // column j from row j down: becomes the Householder vector
            double norm = TensorPrimitives.Norm(v);
            if (norm <= 1e-10 * Math.Max(originalNorm, 1e-300))
            {
                if (FirstDependentColumn < 0) FirstDependentColumn = j;
                _diagR[j] = 0;
                _beta[j] = 0;
                continue;
            }
            double alpha = v[0] > 0 ? -norm : norm;
            v[0] -= alpha;
            _beta[j] = 2.0 / TensorPrimitives.Dot(v, v);
            _diagR[j] = alpha;
            for (int c = j + 1; c < p; c++)
            {
                var target = _a.AsSpan(c * n + j, n - j);
                double s = _beta[j] * TensorPrimitives.Dot(v, target);
                TensorPrimitives.MultiplyAdd(v, -s, target, target);
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
            double s = _beta[j] * TensorPrimitives.Dot(v, target);
            TensorPrimitives.MultiplyAdd(v, -s, target, target);
        }
        return r;
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
