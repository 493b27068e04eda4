namespace SmeNotebooks.Survey;

/// <summary>The INEGI sector columns of the size classification (seed 000, Table 1).</summary>
public enum Sector
{
    /// <summary>Industry (manufacturing): the Sonora paper's metalworking (MM) firms.</summary>
    Industry,

    /// <summary>Services: the Sonora paper's information-technology (IT) firms.</summary>
    Services,
}
