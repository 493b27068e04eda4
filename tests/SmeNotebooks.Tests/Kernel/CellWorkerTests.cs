using SmeNotebooks.Kernel.Interpreter;

namespace SmeNotebooks.Tests.Kernel;

/// <summary>The kernel's cell thread: an interrupt reaches a cell whether it runs or still waits its turn.</summary>
public class CellWorkerTests
{
    [Fact]
    public async Task A_cell_interrupted_while_it_waits_its_turn_stops_at_its_first_interruption_point()
    {
        // A reader who presses Stop while the compiler warms up (a job ahead of the cell) must not get a cell that
        // then loops for ever: the interrupt used to find no running cell and was lost.
        using var worker = new CellWorker();
        using var warmUp = new ManualResetEventSlim();
        worker.Post(() => warmUp.Wait());
        var cell = Task.Run(() => worker.Run(() =>
        {
            try { while (true) SmeNotebooks.Interruption.Check(); }
            catch (OperationCanceledException) { return "stopped"; }
        }));
        await Task.Delay(300);
        Assert.True(worker.Interrupt());
        warmUp.Set();   // the job ahead was not interrupted: it ends by itself
        Assert.Equal("stopped", await cell.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(worker.Interrupted);
        Assert.Equal(3, worker.Run(() => 1 + 2));   // the next cell runs as usual
        Assert.False(worker.Interrupted);
    }
}
