using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies;

/// <summary>
/// A paper's bibliographic reference as far as the paper's own text gives it; what the text does not give stays null
/// and is never guessed.
/// </summary>
/// <param name="Title">The paper's title (in its own language); null when the text does not give it.</param>
/// <param name="Authors">The authors as they would be cited ("Alonso, J. J., Contreras, O. F. and Valenzuela, A."); null when not given.</param>
/// <param name="Year">Year of publication; null when not given.</param>
/// <param name="Venue">Journal or book with volume, issue and pages; null when not given.</param>
/// <param name="Doi">The DOI without a resolver prefix; null when not given.</param>
/// <param name="Note">What the text does not give, or where the study comes from.</param>
/// <param name="Chapter">True when <paramref name="Venue"/> is the book the work is a chapter of ("In …").</param>
public sealed record Reference(string? Title, string? Authors, int? Year, string? Venue, string? Doi, string? Note = null, bool Chapter = false)
{
    /// <summary>
    /// One citation line in the reader's language: authors (year). Title. [In] Venue. doi:… — then the note, in
    /// brackets; the authors' "and" becomes the reader's ("y").
    /// </summary>
    public override string ToString()
    {
        var parts = new List<string>();
        string? authors = Authors?.Replace(" and ", $" {Strings.Reference_And} ", StringComparison.Ordinal);
        if (authors is not null) parts.Add(Year is { } y ? $"{authors} ({y})." : $"{authors}.");
        else if (Year is { } year) parts.Add($"({year}).");
        if (Title is not null) parts.Add(Title.EndsWith('.') ? Title : Title + ".");
        if (Venue is not null) parts.Add((Chapter ? Strings.Reference_In + " " : "") + Venue + ".");
        if (Doi is not null) parts.Add("doi:" + Doi);
        if (Note is not null) parts.Add($"[{Note}]");
        return string.Join(" ", parts);
    }
}
