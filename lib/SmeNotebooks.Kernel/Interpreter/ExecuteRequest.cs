namespace SmeNotebooks.Kernel.Interpreter;

/// <summary>A cell to run, as a front end asks for it (Jupyter's execute_request, without the protocol).</summary>
/// <param name="Code">The cell, directives included.</param>
/// <param name="Silent">Run without outputs and without counting it.</param>
/// <param name="StoreHistory">Keep it in the history; a silent cell never is, as the messaging specification says.</param>
internal sealed record ExecuteRequest(string Code, bool Silent, bool StoreHistory);
