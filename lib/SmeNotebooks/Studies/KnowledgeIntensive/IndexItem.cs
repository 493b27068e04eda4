using SmeNotebooks.Data;

namespace SmeNotebooks.Studies.KnowledgeIntensive;

/// <summary>
/// One survey item behind a composite index, on its original scale (knowledge-intensive paper, §4: "the specific
/// variables extracted from the database were standardized due to the diversity of the original scales").
/// </summary>
/// <param name="Index">The index it belongs to: y, x1 … x4.</param>
/// <param name="Label">What it measures, after the paper's list of components (Y's components are in a figure lost from the extraction).</param>
/// <param name="Low">Lowest value on its original scale.</param>
/// <param name="High">Highest value on its original scale.</param>
/// <param name="Unit">The original scale's unit.</param>
public sealed record IndexItem(string Index, string Label, double Low, double High, string Unit);
