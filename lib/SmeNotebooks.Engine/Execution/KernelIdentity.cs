namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// The collection's Jupyter kernel in one language: the kernelspec name a notebook's metadata names, the name front
/// ends show, and the language of the library's words while it runs (<see cref="NotebookCulture"/>). There is one for
/// each language the library speaks (<see cref="Localization.Languages.All"/>, found from its resource files):
/// English notebooks name <see cref="Source"/>, a translation <c>name.xx.dib</c> the kernel of its language;
/// SmeNotebooks.Kernel installs them all.
/// </summary>
/// <param name="Name">The kernelspec's folder name: "smenotebooks-csharp", or "smenotebooks-csharp-xx" for a translation.</param>
/// <param name="DisplayName">What the front end's kernel menu shows: "C# (SmeNotebooks)", or with the language's own name, "C# (SmeNotebooks, español)".</param>
/// <param name="Language">The language code ("en", "es") passed to the kernel as <c>--lang</c>.</param>
public sealed record KernelIdentity(string Name, string DisplayName, string Language)
{
    /// <summary>Every kernel the collection installs, English first.</summary>
    public static IReadOnlyList<KernelIdentity> All { get; } = [.. Localization.Languages.All.Select(culture =>
        culture.Name == Localization.Languages.Source
            ? new KernelIdentity("smenotebooks-csharp", "C# (SmeNotebooks)", culture.Name)
            : new KernelIdentity("smenotebooks-csharp-" + culture.Name, $"C# (SmeNotebooks, {culture.NativeName})", culture.Name))];

    /// <summary>The English kernel, the collection's source language.</summary>
    public static KernelIdentity Source => All[0];

    /// <summary>The kernel for <paramref name="language"/>; throws, naming the languages there are, for another.</summary>
    public static KernelIdentity For(string language) =>
        All.SingleOrDefault(k => k.Language == language)
        ?? throw new ArgumentException($"There is no kernel for the language '{language}'; the collection's languages are {string.Join(", ", All.Select(k => k.Language))}.", nameof(language));
}
