namespace SmeNotebooks.Numerics;

/// <summary>
/// Nelder-Mead downhill simplex minimisation (Nelder and Mead, 1965; coefficients 1, 2, ½, ½ as in Lagarias et al.,
/// 1998). Deterministic; returns the best point found when the iteration limit is reached instead of failing.
/// Hand-written because the polish it serves (<see cref="Reconstruction.OutcomeReconstruction"/>) runs a fixed budget
/// and keeps the best point: MathNet.Numerics's NelderMeadSimplex throws at its iteration limit and returns nothing,
/// and cannot stop at the kernel's interrupt (<see cref="Interruption.Check"/>).
/// </summary>
internal static class NelderMead
{
    /// <summary>Minimises <paramref name="f"/> from <paramref name="start"/> with an initial simplex of size <paramref name="step"/>.</summary>
    public static double[] Minimize(Func<double[], double> f, double[] start, double step, int iterations, double tolerance = 1e-14)
    {
        int d = start.Length;
        var points = new double[d + 1][];
        var values = new double[d + 1];
        for (int i = 0; i <= d; i++)
        {
            points[i] = (double[])start.Clone();
            if (i > 0) points[i][i - 1] += step;
            values[i] = f(points[i]);
        }
        var centroid = new double[d];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            Interruption.Check();
            Array.Sort(values, points);
            if (values[d] - values[0] <= tolerance * (Math.Abs(values[0]) + 1e-300)) break;
            Array.Clear(centroid);
            for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) centroid[j] += points[i][j] / d;
            double[] Along(double t)
            {
                var point = new double[d];
                for (int j = 0; j < d; j++) point[j] = centroid[j] + t * (points[d][j] - centroid[j]);
                return point;
            }
            var reflected = Along(-1);
            double fr = f(reflected);
            if (fr < values[0])
            {
                var expanded = Along(-2);
                double fe = f(expanded);
                (points[d], values[d]) = fe < fr ? (expanded, fe) : (reflected, fr);
            }
            else if (fr < values[d - 1]) (points[d], values[d]) = (reflected, fr);
            else
            {
                var contracted = fr < values[d] ? Along(-0.5) : Along(0.5);
                double fc = f(contracted);
                if (fc < Math.Min(fr, values[d])) (points[d], values[d]) = (contracted, fc);
                else
                    for (int i = 1; i <= d; i++)
                    {
                        for (int j = 0; j < d; j++) points[i][j] = points[0][j] + 0.5 * (points[i][j] - points[0][j]);
                        values[i] = f(points[i]);
                    }
            }
        }
        Array.Sort(values, points);
        return points[0];
    }
}
