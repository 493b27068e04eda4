namespace SmeNotebooks.Engine.Execution;

/// <summary>One output of a cell, in the order it appeared.</summary>
/// <param name="Kind">What the output is.</param>
/// <param name="Text">Plain-text form (always present; HTML-escaped when rendered).</param>
/// <param name="Html">Formatter HTML, emitted raw in pages; null for plain text outputs.</param>
/// <param name="PlotlyFigure">For a chart, its Plotly figure JSON (data, layout, config): what a live front end draws natively.</param>
/// <param name="DisplayId">For "display" and "update", the display it is or replaces.</param>
public sealed record CellOutput(CellOutputKind Kind, string Text, string? Html = null, string? PlotlyFigure = null, string? DisplayId = null);
