using System.ComponentModel;
using System.Globalization;
using System.Net;
using System.Text;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Display;

/// <summary>A small explanatory diagram drawn as inline SVG (no script, so it shows in any page or notebook).</summary>
/// <param name="Title">What the diagram shows.</param>
/// <param name="Svg">The SVG markup.</param>
public sealed record Diagram(string Title, string Svg)
{
    /// <summary>HTML: a figure with the SVG and a caption.</summary>
    public string ToHtml() => $"<figure class=\"sme-diagram\">{Svg}<figcaption>{WebUtility.HtmlEncode(Title)}</figcaption></figure>";

    /// <inheritdoc />
    public override string ToString() => $"[diagram] {Title}";

    /// <summary>
    /// A "temple": a goal as the roof, the pillars that carry it, and below them the stages of the process as a
    /// left-to-right flow with arrows — e.g. a
    /// programme's goal on three pillars over its four stages. Each label may hold a line break ("\n") for a second language.
    /// </summary>
    public static Diagram Temple([Localizable(true)] string title, [Localizable(true)] string roof, IReadOnlyList<string> pillars, IReadOnlyList<string> stages)
    {
        if (pillars.Count == 0 || stages.Count == 0) throw new ArgumentException(Strings.Error_TempleDiagram);
        const double width = 900, pillarTop = 110, pillarHeight = 150, stageTop = 330, stageHeight = 70;
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} 420\" width=\"{width}\" role=\"img\" font-family=\"sans-serif\" font-size=\"13\">");
        svg.Append("<defs><marker id=\"sme-arrow\" markerWidth=\"10\" markerHeight=\"10\" refX=\"8\" refY=\"5\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>");
        svg.Append($"<polygon points=\"40,{pillarTop - 10} {width / 2},10 {width - 40},{pillarTop - 10}\" fill=\"#dbe8f5\" stroke=\"#1f77b4\"/>");
        Text(svg, width / 2, 65, roof, bold: true);
        double pillarWidth = (width - 80 - 30 * (pillars.Count - 1)) / pillars.Count;
        for (int i = 0; i < pillars.Count; i++)
        {
            double x = 40 + i * (pillarWidth + 30);
            svg.Append(Invariant($"<rect x=\"{x}\" y=\"{pillarTop}\" width=\"{pillarWidth}\" height=\"{pillarHeight}\" fill=\"#f3f3f3\" stroke=\"#777\"/>"));
            Text(svg, x + pillarWidth / 2, pillarTop + pillarHeight / 2, pillars[i], bold: false, wrapAt: pillarWidth);
        }
        svg.Append(Invariant($"<rect x=\"30\" y=\"{pillarTop + pillarHeight}\" width=\"{width - 60}\" height=\"12\" fill=\"#777\"/>"));
        double stageWidth = (width - 80 - 40 * (stages.Count - 1)) / stages.Count;
        for (int i = 0; i < stages.Count; i++)
        {
            double x = 40 + i * (stageWidth + 40);
            svg.Append(Invariant($"<rect x=\"{x}\" y=\"{stageTop}\" width=\"{stageWidth}\" height=\"{stageHeight}\" rx=\"10\" fill=\"#fff4e5\" stroke=\"#ff7f0e\"/>"));
            Text(svg, x + stageWidth / 2, stageTop + stageHeight / 2, stages[i], bold: false, wrapAt: stageWidth);
            if (i + 1 < stages.Count)
                svg.Append(Invariant($"<line x1=\"{x + stageWidth + 4}\" y1=\"{stageTop + stageHeight / 2}\" x2=\"{x + stageWidth + 34}\" y2=\"{stageTop + stageHeight / 2}\" stroke=\"#555\" stroke-width=\"2\" marker-end=\"url(#sme-arrow)\"/>"));
        }
        return new Diagram(title, svg.Append("</svg>").ToString());
    }

    private static void Text(StringBuilder svg, double x, double y, string label, bool bold, double wrapAt = double.MaxValue)
    {
        var lines = label.Split('\n').SelectMany(l => Wrap(l, (int)(wrapAt / 7.2))).ToArray();
        double first = y - (lines.Length - 1) * 8;
        svg.Append(Invariant($"<text x=\"{x}\" y=\"{first}\" text-anchor=\"middle\" dominant-baseline=\"middle\"{(bold ? " font-weight=\"bold\"" : "")}>"));
        for (int i = 0; i < lines.Length; i++)
            svg.Append(Invariant($"<tspan x=\"{x}\" dy=\"{(i == 0 ? 0 : 16)}\">")).Append(WebUtility.HtmlEncode(lines[i])).Append("</tspan>");
        svg.Append("</text>");
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { yield return line.ToString(); line.Clear(); }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
