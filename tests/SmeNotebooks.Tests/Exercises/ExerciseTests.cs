using SmeNotebooks.Exercises;
using SmeNotebooks.Studies.Jalisco;
using SmeNotebooks.Studies.KnowledgeIntensive;
using SmeNotebooks.Studies.Sonora;
using SmeNotebooks.Studies.ValueChains;
using SmeNotebooks.Tests.Support;

namespace SmeNotebooks.Tests.Exercises;

/// <summary>
/// Every checkable exercise of the collection accepts the right answer, rejects a wrong one and waits for an
/// unanswered one — so no exercise check can pass whatever the student writes. The right answers are worked out by
/// hand from the printed tables (source beside each), not by the library that checks them.
/// </summary>
public class ExerciseTests
{
    private static readonly string Data = Fixtures.DataFolder;

    public static TheoryData<string, Func<Exercise>, double, double> Numeric => new()
    {
        // Sonora Table 4: c = −(−2.193 − 1.751 + 2 × 1.105) / 1.473 = 1.734 / 1.473 = 1.177; to two decimals 1.18.
        { "Sonora 1", () => SonoraExercises.Exercise1(Data), 1.18, 1.50 },
        // Sonora Table 5's profiles by Table 4's B: the seven printed above 0.5 (0.53, 0.77, 0.60, 0.82, 0.68, 0.86, 0.95)
        // and MM medium-low, printed 0.50 but with η = −2.193 + 2 × 1.105 = 0.017 > 0 (P = 0.504): 8; counting the print gives 7.
        { "Sonora 2", () => SonoraExercises.Exercise2(Data), 8, 7 },
        // Sonora Table 4: e^(2 × 1.105) = e^2.21 = 9.116 → 9.12; one step only (Exp(B) 3.019) is the classic slip.
        { "Sonora 3", () => SonoraExercises.Exercise3(Data), 9.12, 3.02 },
        // Knowledge-intensive Table 11: 100 × (2^0.154 − 1) = 11.27 → 11.3 %; reading β as the % change gives 15.4.
        { "Knowledge 1", () => KnowledgeIntensiveExercises.Exercise1(Data), 11.3, 15.4 },
        // Knowledge-intensive Table 9: (0.274/4) / (0.726/122) = 11.51; the printed F is 10.95.
        { "Knowledge 2", () => KnowledgeIntensiveExercises.Exercise2(Data), 11.51, 10.95 },
        // Knowledge-intensive Table 9: 0.373 + 0.249 + 0.384 + 0.049 = 1.055; without X4, 1.006.
        { "Knowledge 3", () => KnowledgeIntensiveExercises.Exercise3(Data), 1.055, 1.006 },
        // Knowledge-intensive Table 10: e^0.3334 = 1.3957; B itself is not the odds ratio.
        { "Knowledge 4", () => KnowledgeIntensiveExercises.Exercise4(Data), 1.3957, 0.3334 },
        // Jalisco Tabla 3, firm C: +534 % on 100,000 = 634,000; 534,000 forgets the base.
        { "Jalisco 2", () => JaliscoExercises.Exercise2(Data), 634_000, 534_000 },
        // … and +53.4 % = 153,400; 105,340 moves the point twice.
        { "Jalisco 3", () => JaliscoExercises.Exercise3(Data), 153_400, 105_340 },
        // McDermott and Pietrobelli Table 1, Peru: ((1 − 0.33)/(1 − 0.88)) / (0.33/0.88) = 14.9; corrected it is 214.9.
        { "Value chains 2", () => ValueChainsExercises.Exercise2(Data), 14.9, 214.9 },
        // p. 317 and Table 1: 4,800 / 0.583 = 8,233; 4,800 × 0.583 = 2,798 multiplies instead of dividing.
        { "Value chains 3", () => ValueChainsExercises.Exercise3(Data), 8233, 2798 },
    };

    [Theory]
    [MemberData(nameof(Numeric))]
    public void A_numeric_exercise_accepts_the_right_answer_rejects_a_wrong_one_and_waits_for_an_answer(string name, Func<Exercise> exercise, double right, double wrong)
    {
        var e = exercise();
        Assert.True(e.Check(right).Verdict == ExerciseVerdict.Correct, $"{name}: {right} should be accepted ({e.Check(right).Message})");
        Assert.Equal(ExerciseVerdict.Wrong, e.Check(wrong).Verdict);
        Assert.Equal(ExerciseVerdict.NotAnswered, e.Check(double.NaN).Verdict);
    }

    public static TheoryData<string, Func<Exercise>, string, string> Choices => new()
    {
        // Jalisco Tabla 2: firm B lists the most SWOT items (18 of Tabla 2's rows), 7 of them weaknesses (Debilidades 1-7).
        { "Jalisco 1", () => JaliscoExercises.Exercise1(Data), "b, weaknesses", "C, Weaknesses" },
        // Table 1 after the corrections: Brazil's SMEs make 7.5 % of export value, the closest to the EU's half.
        { "Value chains 1", () => ValueChainsExercises.Exercise1(Data), " Brazil ", "Peru" },
    };

    [Theory]
    [MemberData(nameof(Choices))]
    public void A_choice_accepts_the_right_name_in_any_case_and_rejects_another(string name, Func<Exercise> exercise, string right, string wrong)
    {
        var e = exercise();
        Assert.True(e.Check(right).Verdict == ExerciseVerdict.Correct, $"{name}: '{right}' should be accepted");
        Assert.Equal(ExerciseVerdict.Wrong, e.Check(wrong).Verdict);
        Assert.Equal(ExerciseVerdict.NotAnswered, e.Check("").Verdict);
        Assert.Equal(ExerciseVerdict.NotAnswered, e.Check((string?)null).Verdict);
    }

    [Fact]
    public void A_wrong_answer_gets_the_hint_and_never_the_solution()
    {
        var e = Exercise.Numeric(9, 1.2345, 0.0005, "think about the odds");
        var wrong = e.Check(2.0);
        Assert.Contains("think about the odds", wrong.Message);
        Assert.DoesNotContain("1.2345", wrong.Message + wrong.ToHtml());
        Assert.DoesNotContain("1.2345", e.Check(double.NaN).ToHtml());
    }

    [Fact]
    public void A_number_for_a_choice_or_a_name_for_a_number_is_refused_with_what_to_write()
    {
        Assert.Contains("in quotes", Assert.Throws<InvalidOperationException>(() => Exercise.OneOf(1, "B", "h").Check(2.0)).Message);
        Assert.Contains("a number", Assert.Throws<InvalidOperationException>(() => Exercise.Numeric(2, 1, 0, "h").Check("B")).Message);
    }

    [Fact]
    public void A_two_question_exercise_checks_both_answers_in_the_readers_language()
    {
        // Jalisco Tabla 2: firm B has the most items, and most of them are Debilidades (7, against 5 Fortalezas).
        var results = TestCulture.InLanguage("es", () =>
        {
            var e = JaliscoExercises.Exercise1(Data);
            return new[] { e.Check("B, Debilidades"), e.Check(" b ,debilidades "), e.Check("B, Fortalezas"), e.Check("C, Debilidades"), e.Check("B"), e.Check("") };
        });
        Assert.Equal([ExerciseVerdict.Correct, ExerciseVerdict.Correct, ExerciseVerdict.Wrong, ExerciseVerdict.Wrong, ExerciseVerdict.Wrong, ExerciseVerdict.NotAnswered],
            results.Select(r => r.Verdict));
        Assert.Equal("Ejercicio 1", results[2].Exercise);
        Assert.StartsWith("todavía no: B, Fortalezas tiene bien 1 de sus 2 respuestas. Pista: suma los reactivos", results[2].Message);
        Assert.Equal("todavía no: B tiene 1 respuestas; este ejercicio pide 2, en orden y separadas por comas.", results[4].Message);
        Assert.Equal(ExerciseVerdict.Correct, JaliscoExercises.Exercise1(Data).Check("B, Weaknesses").Verdict);   // the English name in any edition
    }

    [Fact]
    public void A_two_question_exercise_needs_an_answer_for_each_question()
    {
        Assert.Contains("at least two parts", Assert.Throws<ArgumentException>(() => Exercise.OneOfEach(4, "h", ["B"])).Message);
        Assert.Contains("at least two parts", Assert.Throws<ArgumentException>(() => Exercise.OneOfEach(4, "h", ["B"], [])).Message);
    }
}
