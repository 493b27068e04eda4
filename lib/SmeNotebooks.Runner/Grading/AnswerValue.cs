using System.Globalization;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Runner.Grading;

/// <summary>
/// A student's answer as a notebook's cells left it: the value of an answer variable (<c>answer1</c>), a number or a
/// text, or why there is none.
/// </summary>
/// <param name="Variable">The variable's name.</param>
/// <param name="Number">Its value when it is a number (NaN: the unanswered placeholder).</param>
/// <param name="Text">Its value when it is a text (null or blank: unanswered).</param>
/// <param name="Error">Why it has no value: not a number or text, or the error its evaluation threw.</param>
/// <param name="Undefined">True when no cell defined the variable (a cell removed, or the variable renamed): the
/// compiler's CS0103, "the name does not exist in the current context".</param>
public sealed record AnswerValue(string Variable, double? Number, string? Text, string? Error, bool Undefined = false)
{
    /// <summary>The answer from an evaluation of <paramref name="variable"/>: its value, or the error that stopped it.</summary>
    public static AnswerValue Of(string variable, (object? Value, Exception? Error) evaluated) => evaluated switch
    {
        (_, Microsoft.CodeAnalysis.Scripting.CompilationErrorException compile) when compile.Diagnostics.Any(d => d.Id == "CS0103") =>
            new(variable, null, null, compile.Message, Undefined: true),
        (_, { } error) => new(variable, null, null, error.Message),
        (double or float or decimal or int or long or short or byte, _) => new(variable, Convert.ToDouble(evaluated.Value, CultureInfo.InvariantCulture), null, null),
        (string text, _) => new(variable, null, text, null),
        (null, _) => new(variable, null, null, null),
        _ => new(variable, null, null, Localized.Format(GradeStrings.AnswerOfType, variable, evaluated.Value.GetType().Name)),
    };
}
