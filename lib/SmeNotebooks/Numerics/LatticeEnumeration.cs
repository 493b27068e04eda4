namespace SmeNotebooks.Numerics;

/// <summary>
/// Enumerates the lattice points near a target (Fincke and Pohst 1985, Math. Comp. 44; Schnorr and Euchner 1994,
/// Math. Programming 66): with the Gram–Schmidt form of the basis, ‖Σ z_i b_i − y‖² = Σ_i ‖b*_i‖² (z_i − c_i)²
/// + ‖y⊥‖², where c_i depends only on z_(i+1..n), so the integer coefficients are chosen from the last to the first,
/// each within the radius left, nearest to its centre first. Use on an LLL-reduced basis (<see cref="Lll"/>).
/// Hand-written: MathNet.Numerics has no lattice enumeration.
/// </summary>
internal static class LatticeEnumeration
{
    /// <summary>
    /// Calls <paramref name="visit"/> with the coefficients z (of the rows of <paramref name="basis"/>) of every
    /// lattice point within √<paramref name="radiusSquared"/> of <paramref name="target"/>, and with its squared
    /// distance, until <paramref name="limit"/> points have been visited. Returns the number visited.
    /// </summary>
    public static int Near(double[][] basis, double[] target, double radiusSquared, int limit, Action<int[], double> visit)
    {
        int n = basis.Length;
        var (star, mu, norms) = Lll.GramSchmidt(basis);
        // Target in Gram–Schmidt coordinates, and the part of it outside the lattice's span.
        var tau = new double[n];
        var rest = (double[])target.Clone();
        for (int i = 0; i < n; i++)
        {
            double dot = 0;
            for (int d = 0; d < rest.Length; d++) dot += target[d] * star[i][d];
            tau[i] = dot / norms[i];
            for (int d = 0; d < rest.Length; d++) rest[d] -= tau[i] * star[i][d];
        }
        double outside = rest.Sum(v => v * v);
        if (outside > radiusSquared) return 0;

        var z = new int[n];
        var partial = new double[n + 1];   // partial[i]: squared distance contributed by levels i..n−1
        partial[n] = outside;
        int visited = 0;
        Descend(n - 1);
        return visited;

        void Descend(int level)
        {
            double centre = tau[level];
            for (int j = level + 1; j < n; j++) centre -= mu[j][level] * z[j];
            double room = (radiusSquared - partial[level + 1]) / norms[level];
            if (room < 0) return;
            double half = Math.Sqrt(room);
            int low = (int)Math.Ceiling(centre - half), high = (int)Math.Floor(centre + half);
            int nearest = (int)Math.Round(centre);
            // Zig-zag from the nearest integer outwards.
            for (int step = 0; visited < limit; step++)
            {
                if ((step & 1023) == 0) Interruption.Check();
                int value = nearest + (step % 2 == 0 ? step / 2 : -(step + 1) / 2);
                if (step > 2 * (high - low + 2)) break;
                if (value < low || value > high) continue;
                z[level] = value;
                double r = value - centre;
                partial[level] = partial[level + 1] + r * r * norms[level];
                if (level == 0) { visit(z, partial[0]); visited++; }
                else Descend(level - 1);
            }
        }
    }
}
