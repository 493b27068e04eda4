using System.ComponentModel;

namespace SmeNotebooks.Display;

/// <summary>
/// The mark of a text a reader sees that a notebook's code writes outside the collection's display APIs — a label
/// kept in a variable, a name built in a lambda: <c>string[] names = [Translatable.Text("first quartile"), …]</c>.
/// The engine translates a string written as the argument of a parameter marked <c>[Localizable(true)]</c> (this
/// one, a table's title and headings, a check's claim, a chart's title and axes, <c>display</c>,
/// <c>Console.WriteLine</c>) and no other, so a data key is never translated by mistake.
/// </summary>
public static class Translatable
{
    /// <summary><paramref name="text"/> itself; in a translated notebook the engine has compiled it in the reader's language.</summary>
    public static string Text([Localizable(true)] string text) => text;
}
