namespace SmeNotebooks.Reconstruction;

/// <summary>
/// Simulated annealing (Kirkpatrick, Gelatt and Vecchi, 1983, <i>Science</i> 220, 671–680) with the Metropolis rule
/// and geometric cooling: the one loop behind every search of the reconstruction (cell counts, events in cells,
/// outcomes of cases). Written by hand because the searches must give the same tables on every CPU for a seed; the
/// order of random draws is part of that contract and is spelled out below.
/// </summary>
public static class Annealing
{
    /// <summary>
    /// Runs <paramref name="steps"/> steps from temperature <paramref name="temperature"/>, multiplied by
    /// <paramref name="cooling"/> after each step, starting at cost <paramref name="cost"/>. Each step,
    /// <paramref name="propose"/> changes the state in place and returns the new cost — or null when it made no move,
    /// and the step ends with no draw. A cost at most the current one is kept; a higher finite cost C' is kept with the
    /// Metropolis probability exp(−(C' − C)/T), one <see cref="Random.NextDouble"/> drawn for it; an infinite cost (a
    /// move out of bounds) is refused with no draw. A refused move is reverted by <paramref name="undo"/>;
    /// <paramref name="kept"/> hears each kept cost. Returns the final cost. The running cell's interrupt is
    /// honoured every 1,024 steps.
    /// </summary>
    public static double Minimize(Random random, double cost, int steps, double temperature, double cooling,
        Func<double?> propose, Action undo, Action<double>? kept = null)
    {
        for (int step = 0; step < steps; step++, temperature *= cooling)
        {
            if ((step & 1023) == 0) Interruption.Check();
            if (propose() is not double proposed) continue;
            if (proposed <= cost || (!double.IsPositiveInfinity(proposed) && random.NextDouble() < Math.Exp((cost - proposed) / temperature)))
            {
                cost = proposed;
                kept?.Invoke(cost);
            }
            else undo();
        }
        return cost;
    }
}
