using System.Text.Json.Nodes;
using SmeNotebooks.Kernel.Protocol;
using SmeNotebooks.Engine.Execution;

namespace SmeNotebooks.Kernel;

/// <summary>
/// Console.In of a live cell: <c>Console.ReadLine()</c> sends an <c>input_request</c> on the stdin channel to the
/// front end that ran the cell and waits for its <c>input_reply</c> (interruptible). A front end that does not allow
/// stdin gets an error that says so instead of a hang.
/// </summary>
internal sealed class StdinReader(Channels channels, Func<JupyterMessage?> request, Action flushOutput) : TextReader
{
    /// <inheritdoc />
    public override string? ReadLine()
    {
        var parent = request() ?? throw new InvalidOperationException(EngineStrings.StdinOutside);
        if (!parent.Content.Bool("allow_stdin", false))
            throw new InvalidOperationException(EngineStrings.StdinNotAllowed);
        flushOutput();
        channels.Send(channels.Stdin, channels.Codec.Create("input_request", new JsonObject { ["prompt"] = "", ["password"] = false }, parent));
        while (true)
        {
            SmeNotebooks.Interruption.Check();
            var reply = channels.Receive(channels.Stdin, TimeSpan.FromMilliseconds(100));
            if (reply?.Type == "input_reply") return reply.Content.String("value", "");
        }
    }

    /// <inheritdoc />
    public override int Read() => throw new NotSupportedException(EngineStrings.ReadCharacters);
}
