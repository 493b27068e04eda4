namespace SmeNotebooks.Numerics;

/// <summary>
/// Lenstra–Lenstra–Lovász lattice basis reduction (Lenstra, Lenstra and Lovász 1982, "Factoring polynomials with
/// rational coefficients", Math. Ann. 261), in floating point: size-reduce each vector against the earlier ones
/// (|μ_kj| ≤ ½) and swap neighbours while the Lovász condition ‖b*_k‖² ≥ (δ − μ²_k,k−1)·‖b*_k−1‖² fails.
/// The reduced basis has short, nearly orthogonal vectors, which makes enumerating lattice points near a target
/// (<see cref="LatticeEnumeration"/>) cheap. Meant for small lattices (tens of vectors). Hand-written: MathNet.Numerics
/// has no lattice reduction.
/// </summary>
internal static class Lll
{
    /// <summary>
    /// Reduces <paramref name="basis"/> (rows are the basis vectors) in place and applies the same unimodular row
    /// operations to <paramref name="transform"/> (start it as the identity to learn which integer combinations of
    /// the original vectors make the reduced ones). Throws when the vectors are linearly dependent.
    /// </summary>
    public static void Reduce(double[][] basis, double[][] transform, double delta = 0.99)
    {
        int n = basis.Length;
        var (_, mu, norms) = GramSchmidt(basis);
        int k = 1;
        while (k < n)
        {
            for (int j = k - 1; j >= 0; j--)
            {
                double q = Math.Round(mu[k][j]);
                if (q == 0) continue;
                AddMultiple(basis[k], basis[j], -q);
                AddMultiple(transform[k], transform[j], -q);
                for (int i = 0; i < j; i++) mu[k][i] -= q * mu[j][i];
                mu[k][j] -= q;
            }
            if (norms[k] >= (delta - mu[k][k - 1] * mu[k][k - 1]) * norms[k - 1]) { k++; continue; }
            (basis[k], basis[k - 1]) = (basis[k - 1], basis[k]);
            (transform[k], transform[k - 1]) = (transform[k - 1], transform[k]);
            (_, mu, norms) = GramSchmidt(basis);
            k = Math.Max(k - 1, 1);
        }
    }

    /// <summary>
    /// Gram–Schmidt orthogonalization of the rows of <paramref name="basis"/>: the orthogonal vectors b*_i, the
    /// coefficients μ_ij = ⟨b_i, b*_j⟩ / ‖b*_j‖² and the squared lengths ‖b*_i‖²; throws when a vector depends on
    /// the earlier ones.
    /// </summary>
    public static (double[][] Star, double[][] Mu, double[] Norms) GramSchmidt(double[][] basis)
    {
        int n = basis.Length, m = basis[0].Length;
        var star = new double[n][];
        var mu = new double[n][];
        var norms = new double[n];
        for (int i = 0; i < n; i++)
        {
            star[i] = (double[])basis[i].Clone();
            mu[i] = new double[n];
            for (int j = 0; j < i; j++)
            {
                mu[i][j] = Dot(basis[i], star[j]) / norms[j];
                AddMultiple(star[i], star[j], -mu[i][j]);
            }
            mu[i][i] = 1;
            norms[i] = Dot(star[i], star[i]);
            if (!(norms[i] > 1e-12 * Dot(basis[i], basis[i])))
                throw new ArgumentException($"Lattice vector {i} of {n} (length {m}) depends on the earlier ones: the basis is singular.");
        }
        return (star, mu, norms);
    }

    private static void AddMultiple(double[] into, double[] vector, double factor)
    {
        for (int i = 0; i < into.Length; i++) into[i] += factor * vector[i];
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}
