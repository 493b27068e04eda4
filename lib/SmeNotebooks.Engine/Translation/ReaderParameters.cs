using System.ComponentModel;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmeNotebooks.Engine.Translation;

/// <summary>
/// The parameters a reader's text goes to, as a cell's code calls them: every parameter marked
/// <c>[Localizable(true)]</c> of the collection library's public methods and constructors and of the engine's
/// <c>display</c>, read from the assemblies once; and the console's <c>Write</c>/<c>WriteLine</c> text. A call is
/// known by its written name: <c>Type.Method</c> for a static method (<c>Check.That</c>, however qualified),
/// <c>Method</c> for an instance one (<c>display</c>), <c>new Type</c> for a constructor.
/// </summary>
internal static class ReaderParameters
{
    private static readonly Dictionary<string, (HashSet<int> Positions, HashSet<string> Names)> Calls = Read();

    /// <summary>True when <paramref name="argument"/> is passed to a parameter a reader's text goes to.</summary>
    public static bool Takes(ArgumentSyntax argument)
    {
        if (argument.Parent is not BaseArgumentListSyntax list) return false;
        string? call = list.Parent switch
        {
            InvocationExpressionSyntax invocation => NameOf(invocation.Expression),
            ObjectCreationExpressionSyntax creation => "new " + Identifier(creation.Type),
            _ => null,
        };
        return call is not null && Calls.TryGetValue(call, out var parameters)
            && (argument.NameColon is { } named ? parameters.Names.Contains(named.Name.Identifier.ValueText) : parameters.Positions.Contains(list.Arguments.IndexOf(argument)));
    }

    /// <summary>"Type.Method" for <c>[…]Type.Method</c> when that names a static call that is known, else the method's name.</summary>
    private static string? NameOf(ExpressionSyntax called) => called switch
    {
        MemberAccessExpressionSyntax member when Identifier(member.Expression) is { } type && Calls.ContainsKey(type + "." + member.Name.Identifier.ValueText) =>
            type + "." + member.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The rightmost name of a type or a qualified expression (<c>SmeNotebooks.Display.Check</c> → "Check").</summary>
    private static string? Identifier(ExpressionSyntax node) => node switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    private static Dictionary<string, (HashSet<int>, HashSet<string>)> Read()
    {
        var calls = new Dictionary<string, (HashSet<int> Positions, HashSet<string> Names)>(StringComparer.Ordinal);
        void Add(string call, int position, string name)
        {
            if (!calls.TryGetValue(call, out var parameters)) calls[call] = parameters = ([], []);
            parameters.Positions.Add(position);
            parameters.Names.Add(name);
        }
        var types = typeof(SmeNotebooks.Display.Translatable).Assembly.GetExportedTypes().Append(typeof(Execution.NotebookGlobals));
        foreach (var type in types)
        {
            const BindingFlags Public = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            var members = type.GetMethods(Public).Select(m => (Call: m.IsStatic ? type.Name + "." + m.Name : m.Name, Method: (MethodBase)m))
                .Concat(type.GetConstructors().Select(c => (Call: "new " + type.Name, Method: (MethodBase)c)));
            foreach (var (call, method) in members)
                foreach (var parameter in method.GetParameters().Where(p => p.GetCustomAttribute<LocalizableAttribute>()?.IsLocalizable == true))
                    Add(call, parameter.Position, parameter.Name!);
        }
        // The console is the framework's: what a cell writes there is read.
        foreach (string write in new[] { "Console.Write", "Console.WriteLine" }) Add(write, 0, "value");
        return calls;
    }
}
