namespace SmeNotebooks.Survey;

/// <summary>The INEGI sector columns of the size classification (the two columns INEGI gives; commerce, its third, is not modelled here).</summary>
public enum Sector
{
    /// <summary>Industry (manufacturing), e.g. metalworking firms.</summary>
    Industry,

    /// <summary>Services, e.g. information-technology firms.</summary>
    Services,
}
