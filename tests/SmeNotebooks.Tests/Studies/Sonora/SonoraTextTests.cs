using SmeNotebooks.Data;
using SmeNotebooks.Studies.Sonora;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Studies.Sonora;

/// <summary>
/// The Sonora paper's frame and sample (§3) and the numbers its text repeats from its tables, each read from
/// data/sonora and held by another number: a sum the text states, a table's own counts, or the reconstructed firms
/// that were built to match — so a wrong frame or sample count fails.
/// </summary>
public class SonoraTextTests
{
    private static readonly string Data = Fixtures.DataFolder;

    private static double Frame(string activity, string column) =>
        Lookup.Number(SonoraData.Load(Data, "sampling-frame.csv"), column, ("activity", activity));

    [Fact]
    public void The_frames_activities_add_up_to_the_672_units_the_text_states()
    {
        // §3: "672 economic units … (322 of IT and 350 of MM)".
        Assert.Equal(SonoraData.Facts(Data)["frame_units"].Value, Frame("IT", "frame_units") + Frame("MM", "frame_units"));
    }

    [Fact]
    public void The_samples_activities_add_up_to_the_116_cases_and_to_Table_3s_firms()
    {
        // §3: "116 cases, 55 IT companies and 61 MM"; Table 3 classifies the same 116 firms (65 + 11 + 13 + 27).
        double sample = Frame("IT", "sample_firms") + Frame("MM", "sample_firms");
        Assert.Equal(SonoraData.Facts(Data)["sample_cases"].Value, sample);
        var table3 = SonoraData.Load(Data, "table3-classification.csv");
        Assert.Equal(sample, new[] { "no", "yes" }.Sum(r => Lookup.Number(table3, "predicted_no", ("observed", r)) + Lookup.Number(table3, "predicted_yes", ("observed", r))));
    }

    [Fact]
    public void The_reconstructed_firms_hold_the_samples_55_IT_and_61_MM()
    {
        // The reconstruction keeps the paper's activity marginals (data/sonora/README.md), so its firms count them independently.
        var firms = SonoraData.Load(Data, SonoraData.FirmsFile);
        var activity = Enumerable.Range(0, (int)firms.Rows.Count).Select(r => Lookup.Number(firms, "activity", r)).ToArray();
        Assert.Equal(Frame("IT", "sample_firms"), activity.Count(a => a == 1));
        Assert.Equal(Frame("MM", "sample_firms"), activity.Count(a => a == 0));
    }

    [Fact]
    public void The_texts_4361_times_is_Table_4s_Exp_B_of_Capinno()
    {
        // §4: "SMEs were 4.361 times more likely to be internationalized"; Table 4 prints Exp(B) = 4,361 for Capinno.
        var printed = SonoraData.Printed(Data, "table4-variables-in-equation.csv", "Table 4").Value("ExpB", ("term", "Capinno"));
        Assert.Equal(SonoraData.Facts(Data)["capinno_odds_ratio_text"].Value, printed.Value);
        Assert.Equal(3, printed.Decimals);
    }

    [Fact]
    public void Table_1s_size_classes_tile_each_sector_from_one_employee()
    {
        // Sonora paper, Table 1 (INEGI size classes): in each sector micro starts at 1 employee and each class starts
        // one above the previous class's maximum, so no firm falls between classes or in two — a wrong bound breaks it.
        var table1 = SonoraData.Load(Data, "table1-inegi-size-classes.csv");
        foreach (var sector in new[] { "industry", "services" })
        {
            var classes = Lookup.Where(table1, ("sector", sector)).OrderBy(r => Lookup.Number(table1, "code", r))
                .Select(r => (Min: Lookup.Number(table1, "min_employees", r), Max: Lookup.Number(table1, "max_employees", r))).ToArray();
            Assert.Equal(3, classes.Length);
            Assert.Equal(1, classes[0].Min);
            for (int c = 0; c < classes.Length; c++)
            {
                Assert.True(classes[c].Max > classes[c].Min, $"{sector} class {c}");
                if (c > 0) Assert.True(classes[c].Min == classes[c - 1].Max + 1, $"{sector}: class {c} starts at {classes[c].Min}, after {classes[c - 1].Max}");
            }
        }
    }

    [Fact]
    public void The_reconstructed_firms_sizes_are_their_employees_class()
    {
        // Each synthetic firm's employees lie in its size class of Table 1 (IT firms are services, MM firms industry).
        var firms = SonoraData.Load(Data, SonoraData.FirmsFile);
        var table1 = SonoraData.Load(Data, "table1-inegi-size-classes.csv");
        for (int r = 0; r < firms.Rows.Count; r++)
        {
            string sector = Lookup.Number(firms, "activity", r) == 1 ? "services" : "industry";
            int row = Lookup.Single(table1, ("sector", sector), ("code", Lookup.Number(firms, "size", r).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.InRange(Lookup.Number(firms, "employees", r), Lookup.Number(table1, "min_employees", row), Lookup.Number(table1, "max_employees", row));
        }
    }
}
