namespace SmeNotebooks.Survey;

/// <summary>INEGI firm size classes, coded 0/1/2 as the Sonora paper enters size in its model.</summary>
public enum SizeClass
{
    /// <summary>Micro (code 0).</summary>
    Micro = 0,

    /// <summary>Small (code 1).</summary>
    Small = 1,

    /// <summary>Medium (code 2).</summary>
    Medium = 2,
}
