using SmeNotebooks.Localization;
using Microsoft.Data.Analysis;
using SmeNotebooks.Data;
using SmeNotebooks.Display;

namespace SmeNotebooks.Studies;

/// <summary>
/// What every study of the collection has: a name, its folder under <c>data/</c> (published tables as CSV, a README, a
/// <c>stated-facts.csv</c> where the text states numbers), its notebook and its reference. Each study's folder under
/// <c>Studies/</c> holds one of these (<c>…Study.About</c>); <see cref="StudyCatalog.All"/> lists them.
/// </summary>
/// <param name="Name">The study's folder name under <c>lib/SmeNotebooks/Studies/</c> and <c>tests/…/Studies/</c>, e.g. "Sonora".</param>
/// <param name="DataFolderName">Its folder under <c>data/</c>, e.g. "sonora".</param>
/// <param name="Notebook">Its notebook's file name under <c>notebooks/</c>, without extension.</param>
/// <param name="Citation">The paper it replicates.</param>
/// <param name="Question">The study's question, as the index card asks it.</param>
/// <param name="Methods">The methods its notebook teaches.</param>
/// <param name="ClassTime">The class time its notebook needs, as its teacher's notes estimate it.</param>
public sealed record Study(string Name, string DataFolderName, string Notebook, Reference Citation, string Question, string Methods, string ClassTime)
{
    /// <summary>The study's data folder inside the collection's <paramref name="dataRoot"/> (the <c>data/</c> folder).</summary>
    public string DataFolder(string dataRoot) => Path.Combine(dataRoot, DataFolderName);

    /// <summary>A published table of the study, e.g. <c>Load("../data", "table4-variables-in-equation.csv")</c>.</summary>
    public DataFrame Load(string dataRoot, string file) => CsvData.Load(Path.Combine(DataFolder(dataRoot), file));

    /// <summary>
    /// A published table of the study with its values' printed decimals (<see cref="PublishedTable"/>);
    /// <paramref name="source"/> says where the paper prints it.
    /// </summary>
    public PublishedTable Printed(string dataRoot, string file, [System.ComponentModel.Localizable(true)] string source) => PublishedTable.Load(Path.Combine(DataFolder(dataRoot), file), source);

    /// <summary>The numbers the paper's text states (its <c>stated-facts.csv</c>); throws when the study has none.</summary>
    public StatedFacts Facts(string dataRoot) => StatedFacts.Load(Path.Combine(DataFolder(dataRoot), "stated-facts.csv"));

    /// <summary>The study's data labels in the reader's language: its labels file, <c>Studies/{Name}/{Name}Labels.resx</c> (<see cref="DataLabels"/>).</summary>
    public DataLabels Labels => DataLabels.Of($"SmeNotebooks.Studies.{Name}.{Name}Labels");
}
