using SmeNotebooks.Reconstruction;

namespace SmeNotebooks.Tests.Reconstruction;

public class AnnealingTests
{
    /// <summary>A <see cref="Random"/> that counts the acceptance draws made of it.</summary>
    private sealed class CountingRandom(int seed) : Random(seed)
    {
        public int Draws { get; private set; }

        public override double NextDouble() { Draws++; return base.NextDouble(); }
    }

    [Fact]
    public void A_walk_on_the_integers_cools_into_the_minimum_of_a_parabola()
    {
        var random = new Random(3);
        int x = 40, step = 0;
        double Cost(int v) => (v - 7) * (v - 7);
        double final = Annealing.Minimize(random, Cost(x), 5_000, 10.0, 0.998,
            propose: () => { step = random.Next(2) == 0 ? 1 : -1; x += step; return Cost(x); },
            undo: () => x -= step);
        Assert.Equal(7, x);
        Assert.Equal(0.0, final);
    }

    [Fact]
    public void An_infinite_cost_is_refused_and_undone_without_a_draw()
    {
        var random = new CountingRandom(1);
        int undone = 0, kept = 0;
        double final = Annealing.Minimize(random, 5.0, 100, 1e9, 1.0,
            propose: () => double.PositiveInfinity, undo: () => undone++, kept: _ => kept++);
        Assert.Equal((0, 100, 0, 5.0), (random.Draws, undone, kept, final));
    }

    [Fact]
    public void A_higher_cost_draws_once_and_a_lower_or_equal_one_never()
    {
        var random = new CountingRandom(1);
        double[] proposals = [4.0, 4.0, 9.0];
        int i = 0, undone = 0;
        // Hot enough that the uphill move is kept: exp(−5/1e9) is 1 to double precision, above any draw.
        double final = Annealing.Minimize(random, 5.0, 3, 1e9, 1.0, propose: () => proposals[i++], undo: () => undone++);
        Assert.Equal((1, 0, 9.0), (random.Draws, undone, final));
    }

    [Fact]
    public void No_move_ends_the_step_with_neither_a_draw_nor_an_undo()
    {
        var random = new CountingRandom(1);
        int undone = 0;
        double final = Annealing.Minimize(random, 2.0, 50, 1.0, 0.9, propose: () => null, undo: () => undone++);
        Assert.Equal((0, 0, 2.0), (random.Draws, undone, final));
    }
}
