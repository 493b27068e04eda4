using SmeNotebooks.Studies.Jalisco;
using SmeNotebooks.Data;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Studies.Jalisco;

/// <summary>The Jalisco paper's tables as loaded from data/jalisco/: values as printed, blanks kept missing.</summary>
public class JaliscoDataTests
{
    private static readonly string DataFolder = Fixtures.DataFolder;

    [Fact]
    public void Tabla1_gives_five_firms_with_their_founding_years_employees_and_export_shares()
    {
        // Jalisco paper, Tabla 1 (Descripción de Casos): A 2010/12, B 1998/23 (≈10% to Costa Rica), C 2005/49 (≈90% to the
        // United States), D 1998/14, E 1990/7.
        var firms = JaliscoData.Firms(DataFolder);
        Assert.Equal(["A", "B", "C", "D", "E"], firms.Select(f => f.Firm));
        Assert.Equal([2010, 1998, 2005, 1998, 1990], firms.Select(f => f.FoundingYear));
        Assert.Equal([12, 23, 49, 14, 7], firms.Select(f => f.Employees));
        Assert.Equal([0.0, 10, 90, 0, 0], firms.Select(f => f.ExportSharePercent));
        Assert.Equal("Costa Rica", firms[1].ExportDestination!.ByLanguage["en"]);
        // The paper prints "Estados Unidos"; the Spanish reader sees it, the English reader the translation.
        Assert.Equal("United States", firms[2].ExportDestination!.ForReader);
        Assert.Equal("Estados Unidos", SmeNotebooks.Tests.Support.TestCulture.InLanguage("es", () => firms[2].ExportDestination!.ForReader));
        Assert.Null(firms[0].ExportDestination);
        Assert.True(firms[2].ExportsViaIntermediary);
        Assert.All(firms, f => Assert.Null(f.FirstExportYear));
    }

    [Fact]
    public void The_shares_of_Tablas_1_and_3_are_the_numbers_their_own_Spanish_cells_print()
    {
        // Jalisco paper: Tabla 1 prints each firm's initial internationalization as a sentence ("Exportaciones regulares
        // de alrededor del 10% de sus ventas…") and Tabla 3 its change ("Incremento de un 5% en exportaciones"); the
        // numeric columns the notebook computes with must be the percentages those printed sentences give (none: 0 in
        // Tabla 1, missing in Tabla 3), so a slip in either the number or the sentence fails.
        static double? PercentIn(string sentence) =>
            System.Text.RegularExpressions.Regex.Match(sentence, @"(\d+(?:\.\d+)?)\s*%") is { Success: true } m ? double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        var table1 = JaliscoData.Load(DataFolder, "table1-cases.csv");
        for (int r = 0; r < table1.Rows.Count; r++)
            Assert.Equal(PercentIn(Lookup.Text(table1, "initial_internationalization_es", r)) ?? 0, Lookup.Number(table1, "initial_export_share_percent", r));
        var table3 = JaliscoData.Load(DataFolder, "table3-results.csv");
        for (int r = 0; r < table3.Rows.Count; r++)
            Assert.Equal(PercentIn(Lookup.Text(table3, "international_change_es", r)), Lookup.OptionalNumber(table3, "export_increase_percent", r));
    }

    [Fact]
    public void Tabla3_blank_cells_stay_missing_not_zero()
    {
        // Jalisco paper, Tabla 3: profit +49/+534/+4 % and capacity +10/+5/+65 % for B, C, E; nothing printed for A and D.
        var results = JaliscoData.Results(DataFolder);
        Assert.Equal([null, 49.0, 534, null, 4], results.Select(r => r.ProfitIncreasePercent));
        Assert.Equal([null, 10.0, 5, null, 65], results.Select(r => r.CapacityIncreasePercent));
        Assert.Equal([null, 5.0, 17, null, null], results.Select(r => r.ExportIncreasePercent));
    }

    [Fact]
    public void Swot_counts_match_the_items_of_Tabla2_and_the_shared_items_are_found()
    {
        var swot = JaliscoData.Load(DataFolder, "table2-swot.csv");
        var (firms, counts) = Swot.Count(swot);
        Assert.Equal(["A", "B", "C", "D", "E"], firms);
        int[,] expected = { { 3, 2, 3, 2 }, { 5, 4, 7, 2 }, { 4, 2, 5, 4 }, { 4, 2, 3, 2 }, { 3, 4, 3, 3 } };
        Assert.Equal(expected, counts);
        var shared = Swot.Shared(swot);
        Assert.Equal(3, shared.Count);
        Assert.All(shared, s => Assert.Equal(["C", "E"], s.Firms));
        Assert.Contains(shared, s => s.Text.ByLanguage["es"] == "Renegociación del TLCAN" && s.Text.ByLanguage["en"] == "Renegotiation of NAFTA" && s.Quadrant == "Threats");
    }

    [Fact]
    public void Every_Spanish_row_has_its_English_translation()
    {
        foreach (var (file, pairs) in new[]
        {
            ("table1-cases.csv", new[] { ("activity_es", "activity_en"), ("initial_internationalization_es", "initial_internationalization_en") }),
            ("table2-swot.csv", new[] { ("quadrant_es", "quadrant_en"), ("text_es", "text_en") }),
            ("table3-results.csv", new[] { ("international_change_es", "international_change_en") }),
            ("table3-qualitative.csv", new[] { ("indicator_es", "indicator_en") }),
            ("action-plans.csv", new[] { ("text_es", "text_en") }),
            ("programme-stages.csv", new[] { ("name_es", "name_en"), ("description_es", "description_en") }),
            ("programme-pillars.csv", new[] { ("name_es", "name_en"), ("field_es", "field_en") }),
        })
        {
            var table = JaliscoData.Load(DataFolder, file);
            for (int r = 0; r < table.Rows.Count; r++)
                foreach (var (es, en) in pairs)
                    Assert.True(Lookup.Text(table, es, r).Length > 0 && Lookup.Text(table, en, r).Length > 0, $"{file} row {r + 1}: {es}/{en} must both be filled.");
        }
    }

    [Fact]
    public void The_programme_period_and_the_stated_durations_are_explained_by_counting_months()
    {
        // Jalisco paper: Tabla 1 "Mayo a diciembre de 2017"; Introducción "duró 7 meses"; Metodología "un periodo de seis meses".
        var period = JaliscoData.Periods(DataFolder).Values.Distinct().Single();
        var facts = JaliscoData.Facts(DataFolder);
        Assert.Equal(8, period.CalendarMonths);
        Assert.Equal(facts["programme_first_stage_months"].Value, period.MonthsElapsed);
        Assert.Equal(6, facts["intervention_stage_planned_months"].Value);
    }

    [Fact]
    public void Every_firm_fits_the_programme_profile()
    {
        // Jalisco paper, Metodología: "mínimo un año de vida, de menos de 50 empleados".
        var facts = JaliscoData.Facts(DataFolder);
        Assert.All(JaliscoData.Firms(DataFolder), f =>
        {
            Assert.True(f.Employees <= facts["firm_profile_maximum_employees"].Value);
            Assert.True(f.AgeAt(JaliscoData.ProgrammeYear) >= facts["firm_profile_minimum_age"].Value);
        });
    }

    [Fact]
    public void Action_plans_hold_32_actions_classified_into_the_three_pillars()
    {
        var plans = JaliscoData.Load(DataFolder, "action-plans.csv");
        var (firms, counts) = CrossTab.Count(plans, "firm", "pillar_smenotebooks", ["1", "2", "3"]);
        Assert.Equal(["A", "B", "C", "D", "E"], firms);
        Assert.Equal(32, counts.Cast<int>().Sum());
        Assert.Equal([5, 7, 8, 5, 7], Enumerable.Range(0, 5).Select(f => counts[f, 0] + counts[f, 1] + counts[f, 2]));
    }
}
