namespace SmeNotebooks.Kernel.Protocol;

/// <summary>
/// A request sent on the control channel that only the shell channel serves (a cell, a completion, …): one interpreter
/// runs cells, from the shell, and a cell from the control channel would run beside the shell's and take its outputs.
/// </summary>
internal sealed class WrongChannelException(string request)
    : Exception($"{request} belongs on the shell channel; the control channel takes kernel_info, shutdown and interrupt requests.");
