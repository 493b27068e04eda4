using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>A programme period given by its first and last calendar months, as Tabla 1 prints it ("Mayo a diciembre de 2017").</summary>
/// <param name="Start">The first month (day ignored).</param>
/// <param name="End">The last month (day ignored).</param>
public sealed record InterventionPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>Calendar months touched, counting both ends: May to December = 8.</summary>
    public int CalendarMonths => (End.Year - Start.Year) * 12 + End.Month - Start.Month + 1;

    /// <summary>Whole months elapsed from the first day of the first month to the first day of the last: May to December = 7.</summary>
    public int MonthsElapsed => CalendarMonths - 1;

    /// <summary>Parses "yyyy-MM" bounds, as in data/jalisco/table1-cases.csv; throws when the end precedes the start.</summary>
    public static InterventionPeriod Parse(string start, string end)
    {
        static DateOnly Month(string text) => DateOnly.ParseExact(text + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var period = new InterventionPeriod(Month(start), Month(end));
        return period.End >= period.Start ? period : throw new ArgumentException(Localized.Format(JaliscoStrings.Error_PeriodEnds, end, start));
    }
}
