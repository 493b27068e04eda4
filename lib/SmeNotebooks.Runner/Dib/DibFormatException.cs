namespace SmeNotebooks.Runner.Dib;

/// <summary>A <c>.dib</c> file that cannot be read as a notebook; the message names the file and line.</summary>
public sealed class DibFormatException(string message) : FormatException(message);
