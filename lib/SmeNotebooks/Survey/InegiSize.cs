using SmeNotebooks.Localization;

namespace SmeNotebooks.Survey;

/// <summary>
/// INEGI's size classification by employees (INEGI's 2009 Economic Census, as reprinted in survey studies' size tables):
/// industry micro 1-30, small 31-100, medium 101-250; services micro 1-20, small 21-50, medium 51-100.
/// </summary>
public static class InegiSize
{
    /// <summary>The class of a firm with <paramref name="employees"/> in <paramref name="sector"/>.</summary>
    public static SizeClass Classify(int employees, Sector sector)
    {
        foreach (SizeClass size in Enum.GetValues<SizeClass>())
        {
            var (min, max) = Range(size, sector);
            if (employees >= min && employees <= max) return size;
        }
        var (_, top) = Range(SizeClass.Medium, sector);
        throw new ArgumentOutOfRangeException(nameof(employees), employees,
            employees < 1 ? "A firm has at least one employee." : $"{employees} employees is above INEGI's medium class for {sector} ({top}): a large firm, outside the SME classification.");
    }

    /// <summary>The inclusive employee range of a class in a sector.</summary>
    public static (int Min, int Max) Range(SizeClass size, Sector sector) => (sector, size) switch
    {
        (Sector.Industry, SizeClass.Micro) => (1, 30),
        (Sector.Industry, SizeClass.Small) => (31, 100),
        (Sector.Industry, SizeClass.Medium) => (101, 250),
        (Sector.Services, SizeClass.Micro) => (1, 20),
        (Sector.Services, SizeClass.Small) => (21, 50),
        (Sector.Services, SizeClass.Medium) => (51, 100),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, Strings.Error_UnknownSizeClass),
    };
}
