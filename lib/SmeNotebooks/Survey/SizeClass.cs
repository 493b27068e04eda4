namespace SmeNotebooks.Survey;

/// <summary>INEGI firm size classes, coded 0/1/2 (the order a model enters size as an ordinal predictor).</summary>
public enum SizeClass
{
    /// <summary>Micro (code 0).</summary>
    Micro = 0,

    /// <summary>Small (code 1).</summary>
    Small = 1,

    /// <summary>Medium (code 2).</summary>
    Medium = 2,
}
