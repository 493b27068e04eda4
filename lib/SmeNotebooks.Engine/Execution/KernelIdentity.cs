namespace SmeNotebooks.Engine.Execution;

/// <summary>
/// The collection's Jupyter kernel in one language: the kernelspec name a notebook's metadata names, the name front
/// ends show, and the language of the library's words while it runs (<see cref="NotebookCulture"/>). English
/// notebooks name <see cref="English"/>, their Spanish translations <see cref="Spanish"/>; SmeNotebooks.Kernel
/// installs both.
/// </summary>
/// <param name="Name">The kernelspec's folder name, e.g. "smenotebooks-csharp".</param>
/// <param name="DisplayName">What the front end's kernel menu shows.</param>
/// <param name="Language">The language code ("en", "es") passed to the kernel as <c>--lang</c>.</param>
public sealed record KernelIdentity(string Name, string DisplayName, string Language)
{
    /// <summary>The English kernel.</summary>
    public static KernelIdentity English { get; } = new("smenotebooks-csharp", "C# (SmeNotebooks)", "en");

    /// <summary>The Spanish kernel: the same engine, the library's words in Spanish.</summary>
    public static KernelIdentity Spanish { get; } = new("smenotebooks-csharp-es", "C# (SmeNotebooks, español)", "es");

    /// <summary>Every kernel the collection installs.</summary>
    public static IReadOnlyList<KernelIdentity> All { get; } = [English, Spanish];

    /// <summary>The kernel for <paramref name="language"/>; throws, naming the languages there are, for another.</summary>
    public static KernelIdentity For(string language) =>
        All.SingleOrDefault(k => k.Language == language)
        ?? throw new ArgumentException($"There is no kernel for the language '{language}'; the collection's languages are {string.Join(", ", All.Select(k => k.Language))}.", nameof(language));
}
