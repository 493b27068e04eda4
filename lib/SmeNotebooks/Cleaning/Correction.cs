namespace SmeNotebooks.Cleaning;

/// <summary>
/// One entry of a corrections log: a value as the extraction printed it, what it was corrected to (or that it could
/// not be), and why. <see cref="Corrected"/> is null when the value is unrecoverable and is left missing.
/// </summary>
/// <param name="Source">Which table or figure ("fig1", "table1").</param>
/// <param name="Row">The row's key (region, country), or "(every row)" for a column-wide decision.</param>
/// <param name="Column">The column.</param>
/// <param name="Raw">The value as extracted.</param>
/// <param name="Corrected">The corrected value, or null when it cannot be recovered.</param>
/// <param name="Status">"corrected" (a number), "label" (a name or text), "identified" (what a column means) or "unrecoverable".</param>
/// <param name="Reason">The evidence.</param>
public sealed record Correction(string Source, string Row, string Column, string Raw, string? Corrected, string Status, string Reason);
