using SmeNotebooks.Data;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>What a firm's age and export history say about the Born Global hypothesis.</summary>
public enum BornGlobalVerdict
{
    /// <summary>The firm had no foreign sales by the end of the Born Global window: it is not a Born Global.</summary>
    Excluded,

    /// <summary>The firm is younger than the window's end and does not export yet: it could still become one.</summary>
    StillPossible,

    /// <summary>The firm exports but the paper does not say when exports began, so the data cannot decide.</summary>
    Undetermined,

    /// <summary>The firm began exporting inside the window.</summary>
    Consistent,
}
