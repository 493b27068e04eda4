using SmeNotebooks.Cleaning;
using SmeNotebooks.Data;
using SmeNotebooks.Tests.Support;
using SmeNotebooks.Studies.ValueChains;

namespace SmeNotebooks.Tests.Studies.ValueChains;

/// <summary>
/// The value-chain chapter (McDermott and Pietrobelli 2017): its damaged Fig. 1 and Table 1, the
/// corrections with their reasons, and the facts of its text.
/// </summary>
public class GvcDataTests
{
    private static readonly string DataFolder = Fixtures.DataFolder;

    [Theory]
    [InlineData("Global", "45%", 4.5)]
    [InlineData("Africa", "48%", 4.8)]
    [InlineData("Latin America and Caribbean", "49%", 4.9)]
    [InlineData("Central America", "41%", 4.1)]
    public void Four_growth_rates_get_their_decimal_point_back_with_a_reason(string region, string raw, double corrected)
    {
        var entry = GvcData.Corrections(DataFolder).Find("fig1", region, "second_column")!;
        Assert.Equal(raw, entry.Raw);
        Assert.Equal("corrected", entry.Status);
        Assert.Contains("Decimal point lost", entry.Reason);
        Assert.Equal(corrected, GvcData.Figure1(DataFolder).Single(r => r.Region == region).GrowthPercent);
    }

    [Fact]
    public void The_shape_check_finds_exactly_the_damaged_values()
    {
        var raw = GvcData.Load(DataFolder, "fig1-raw.csv");
        string[] Column(string name) => Enumerable.Range(0, (int)raw.Rows.Count).Select(r => Lookup.Text(raw, name, r)).ToArray();
        var regions = Column("region");
        Assert.Equal(["Global", "Africa", "Latin America and Caribbean", "Central America"],
            NumberShape.Unusual(Column("second_column_raw")).Select(u => regions[u.Index]));
        Assert.Equal(["South Asia"], NumberShape.Unusual(Column("first_column_raw")).Select(u => regions[u.Index]));
    }

    [Fact]
    public void The_second_column_cannot_be_the_downstream_component()
    {
        // Note 4: participation = upstream + downstream. Upstream shares from p. 317: world 28, developed 31,
        // developing 25, Central America 31, South America 14. Implied downstream: 29, 28, 27, 12, 24. The argument runs
        // on the raw extraction (the corrections cite it as their evidence, so they cannot be used to make it): the
        // second column as printed differs from every implied downstream share by more than the ±1 that whole-percent
        // rounding of participation and upstream allows.
        var facts = GvcData.Facts(DataFolder);
        var raw = GvcData.Load(DataFolder, "fig1-raw.csv");
        foreach (var (region, key, downstream) in new[] { ("Global", "upstream_world", 29.0), ("Developed economies", "upstream_developed", 28), ("Developing economies", "upstream_developing", 27),
            ("Central America", "upstream_central_america", 12), ("South America", "upstream_south_america", 24) })
        {
            int row = Lookup.Single(raw, ("region", region));
            double implied = ParticipationRate.Downstream(GvcData.Percent(Lookup.Text(raw, "first_column_raw", row))!.Value, facts[key].Value);
            Assert.Equal(downstream, implied);
            double printed = GvcData.Percent(Lookup.Text(raw, "second_column_raw", row))!.Value;
            Assert.True(Math.Abs(implied - printed) > 1, $"{region}: downstream {implied} vs second column {printed} as printed");
        }
    }

    [Fact]
    public void South_Asia_is_left_missing_not_guessed()
    {
        var entry = GvcData.Corrections(DataFolder).Find("fig1", "South Asia", "first_column")!;
        Assert.Equal("unrecoverable", entry.Status);
        Assert.Null(entry.Corrected);
        Assert.Null(GvcData.Figure1(DataFolder).Single(r => r.Region == "South Asia").ParticipationPercent);
    }

    [Fact]
    public void Table1_Peru_share_of_export_value_is_3_3_on_evidence_other_than_the_sentence_it_came_from()
    {
        // McDermott and Pietrobelli (2017), p. 316 says Peruvian SMEs "only account for 3.3% of total export sales"; Table 1 as extracted prints 33.
        // The correction takes 3.3 from that sentence, so the sentence cannot also prove it. Two other pieces of evidence:
        // (1) shape: in the raw row every other value has one decimal, Peru's alone has none — a lost decimal point;
        var raw = GvcData.Load(DataFolder, "table1-raw.csv");
        const string indicator = "SME exports (% of total exports)";
        int row = Lookup.Single(raw, ("indicator", indicator));
        string[] countries = ["Argentina", "Brazil", "Chile", "Colombia", "Peru"];
        var printed = countries.Select(c => Lookup.Text(raw, c, row)).ToArray();
        Assert.Equal(["Peru"], NumberShape.Unusual(printed).Select(u => countries[u.Index]));
        // (2) the witness: the same passage quotes three undamaged Table 1 values (Peru 88, Chile 58 and 7), and each
        // agrees with the raw table to the text's whole percent (tolerance: half a unit of the text's last digit).
        var facts = GvcData.Facts(DataFolder);
        double Raw(string country, string name) => double.Parse(Lookup.Text(raw, country, Lookup.Single(raw, ("indicator", name))), System.Globalization.CultureInfo.InvariantCulture);
        Fixtures.Near(facts["peru_sme_exporters"].Value, Raw("Peru", "SME exporters (% of total export firms)"), 0.5, "Peru exporters");
        Fixtures.Near(facts["chile_sme_exporters"].Value, Raw("Chile", "SME exporters (% of total export firms)"), 0.5, "Chile exporters");
        Fixtures.Near(facts["chile_sme_export_value"].Value, Raw("Chile", indicator), 0.5, "Chile export value");
        // So the cleaned table carries the raw value with its decimal point back (33 → 3.3: a tenth of it, read from the
        // raw file, not from the sentence), and Peru's large-to-SME export sales per firm follow from it.
        var peru = GvcData.Table1(DataFolder).Single(c => c.Country == "Peru");
        Assert.Equal(Raw("Peru", indicator) / 10, peru.SmeShareOfExportValuePercent);
        Fixtures.Near(214.9, peru.LargeToSmeExportsPerFirm, 0.05, "Peru: large-to-SME export sales per firm, (96.7/12)/(3.3/88)");
    }

    [Fact]
    [Trait("Category", "Determinism")]
    public void The_committed_cleaned_files_are_the_corrections_applied_to_the_raw_files()
    {
        string folder = Path.Combine(DataFolder, "gvc-latam");
        Assert.Equal(CsvData.ToCsv(GvcData.Figure1Frame(DataFolder)), File.ReadAllText(Path.Combine(folder, GvcData.Figure1File)));
        Assert.Equal(CsvData.ToCsv(GvcData.Table1Frame(DataFolder)), File.ReadAllText(Path.Combine(folder, GvcData.Table1File)));
    }

    [Fact]
    public void Every_label_and_number_correction_changes_something_and_gives_a_reason()
    {
        Assert.All(GvcData.Corrections(DataFolder).Entries, e =>
        {
            Assert.NotEqual(e.Raw, e.Corrected);
            Assert.True(e.Reason.Length > 20, $"{e.Source}/{e.Row}/{e.Column}: the reason is too short to be evidence.");
        });
    }

    [Fact]
    public void Text_facts_carry_a_page_and_a_quote_and_SMEs_produce_about_46_percent_as_much_per_worker()
    {
        var facts = GvcData.Facts(DataFolder);
        Assert.All(facts.All, f => { Assert.StartsWith("p. ", f.Location); Assert.NotEmpty(f.Quote); Assert.True(f.Low <= f.High); });
        // p. 312: 65% of manufacturing production with 80% of employment → (0.65/0.80)/(0.35/0.20) = 0.464.
        double s = facts["sme_share_manufacturing_output"].Value / 100, l = facts["sme_share_manufacturing_employment"].Value / 100;
        Fixtures.Near(0.464, s / l / ((1 - s) / (1 - l)), 0.0005, "SME relative labour productivity");
    }

    [Fact]
    public void Counts_derived_from_percentages_Chile_exporters_and_suppliers()
    {
        // p. 317: about 4,800 SMEs exported directly in 2010 and at least 33,000 supplied exporters; Table 1: SMEs are
        // 58.3% of Chile's exporting firms. Implied: 4,800 / 0.583 ≈ 8,233 exporters, 33,000 / 4,800 ≈ 6.9 suppliers each.
        var facts = GvcData.Facts(DataFolder);
        var chile = GvcData.Table1(DataFolder).Single(c => c.Country == "Chile");
        Fixtures.Near(8233, facts["chile_sme_direct_exporters"].Value / (chile.SmeShareOfExportersPercent / 100), 0.5, "Chile's exporting firms");
        Fixtures.Near(6.9, facts["chile_sme_suppliers_of_exporters"].Value / facts["chile_sme_direct_exporters"].Value, 0.05, "suppliers per SME exporter");
    }

    [Fact]
    public void A_corrections_log_that_describes_other_data_is_refused()
    {
        var log = GvcData.Corrections(DataFolder);
        var error = Assert.Throws<InvalidDataException>(() => log.Apply("fig1", "Global", "second_column", "46%"));
        Assert.Contains("45%", error.Message);
    }
}
