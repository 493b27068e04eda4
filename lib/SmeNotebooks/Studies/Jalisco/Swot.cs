using Microsoft.Data.Analysis;
using SmeNotebooks.Data;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>Counts of SWOT items (Jalisco paper, Tabla 2, in long form: firm, quadrant_en, item, text) by firm and quadrant.</summary>
public static class Swot
{
    /// <summary>The quadrants in the order Tabla 2 prints them.</summary>
    public static readonly string[] Quadrants = ["Strengths", "Opportunities", "Weaknesses", "Threats"];

    /// <summary>The quadrants as the reader names them, in <see cref="Quadrants"/> order: the paper's own Spanish ("Fortalezas", …) for a Spanish reader.</summary>
    public static IReadOnlyList<string> QuadrantNames => Quadrants.Select(q => JaliscoStrings.ResourceManager.GetString("Quadrant_" + q) ?? q).ToArray();

    /// <summary>Items per firm (rows, in order of first appearance) and quadrant (columns, <see cref="Quadrants"/> order).</summary>
    public static (string[] Firms, int[,] Counts) Count(DataFrame swot) => CrossTab.Count(swot, "firm", "quadrant_en", Quadrants);

    /// <summary>
    /// Items that the diagnosis records, word for word (Spanish text), for more than one firm — the problems the
    /// firms share — with the firms that have each; the quadrant as the reader names it (<see cref="QuadrantNames"/>).
    /// </summary>
    public static IReadOnlyList<(string Quadrant, Localization.Translated Text, string[] Firms)> Shared(DataFrame swot) =>
        Enumerable.Range(0, (int)swot.Rows.Count)
            .GroupBy(r => (Lookup.Text(swot, "quadrant_en", r), Lookup.Text(swot, "text_es", r)))
            .Where(g => g.Select(r => Lookup.Text(swot, "firm", r)).Distinct().Count() > 1)
            .Select(g => (QuadrantNames[Array.IndexOf(Quadrants, g.Key.Item1)], Localization.Translated.Read(swot, "text", g.First())!,
                g.Select(r => Lookup.Text(swot, "firm", r)).Distinct().ToArray()))
            .ToArray();
}
