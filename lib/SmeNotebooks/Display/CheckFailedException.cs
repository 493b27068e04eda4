namespace SmeNotebooks.Display;

/// <summary>A notebook's claim did not hold: the cell fails, and so does the rendering of the notebook.</summary>
public sealed class CheckFailedException(string message) : Exception(message);
