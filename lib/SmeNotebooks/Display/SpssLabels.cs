using SmeNotebooks.Localization;
using SmeNotebooks.Models;

namespace SmeNotebooks.Display;

/// <summary>
/// The quantities of SPSS's coefficient tables as a <see cref="Comparison"/> names them — stable English keys that
/// notebooks look rows up by (<c>Of("B", "S.E.")</c>) — and as the reader sees them, in the reader's language
/// ("S.E." is "E.T." in Spanish SPSS output).
/// </summary>
public static class SpssLabels
{
    /// <summary>The key of the lower end of Exp(B)'s 95% confidence interval.</summary>
    public const string CiLower = "95% C.I. lower";

    /// <summary>The key of the upper end of Exp(B)'s 95% confidence interval.</summary>
    public const string CiUpper = "95% C.I. upper";

    /// <summary>How <paramref name="key"/> is shown to the reader: the SPSS label in the reader's language, or the key itself when it is no SPSS label.</summary>
    public static string Display(string key) => key switch
    {
        "S.E." => Strings.Spss_SE,
        "df" => Strings.Spss_df,
        ModelTerms.Constant => Strings.Spss_Constant,
        CiLower => Strings.Spss_CiLower,
        CiUpper => Strings.Spss_CiUpper,
        _ => key,
    };
}
