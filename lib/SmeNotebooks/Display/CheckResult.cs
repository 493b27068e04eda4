using System.Net;

namespace SmeNotebooks.Display;

/// <summary>A claim that a notebook cell has verified by computation (a failed claim throws instead).</summary>
/// <param name="Claim">What was checked, in words.</param>
/// <param name="Detail">The numbers behind it.</param>
public sealed record CheckResult(string Claim, string Detail)
{
    /// <summary>HTML: a green tick, the claim and the numbers.</summary>
    public string ToHtml() =>
        $"<p class=\"sme-check\">✔ <strong>{WebUtility.HtmlEncode(Claim)}</strong> — {WebUtility.HtmlEncode(Detail)}</p>";

    /// <inheritdoc />
    public override string ToString() => $"✔ {Claim} — {Detail}";
}
