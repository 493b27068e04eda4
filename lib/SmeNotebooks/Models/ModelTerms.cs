namespace SmeNotebooks.Models;

/// <summary>Names every model of the library gives its terms.</summary>
public static class ModelTerms
{
    /// <summary>The intercept's name in every model's coefficients, "Constant", as SPSS prints it.</summary>
    public const string Constant = "Constant";
}
