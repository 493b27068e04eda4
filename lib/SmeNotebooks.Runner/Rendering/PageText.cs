namespace SmeNotebooks.Runner.Rendering;

/// <summary>The words of the page chrome (navigation, boxes, index) in one language.</summary>
/// <param name="Language">The page's language code, for <c>&lt;html lang&gt;</c>.</param>
/// <param name="AllNotebooks">the header's link to the index.</param>
/// <param name="Contents">the table of contents' title.</param>
/// <param name="ShowSolution">what folds a model solution.</param>
/// <param name="DataBehind">the title of the data files box.</param>
/// <param name="HowToCite">the title of the citation box.</param>
/// <param name="TheStudy">the label of the study's reference.</param>
/// <param name="ThisNotebook">the label of the notebook's own reference.</param>
/// <param name="Rendered">"rendered" before a date.</param>
/// <param name="AllCellsRan">the status of a notebook that ran.</param>
/// <param name="Failed">the status of one that failed.</param>
/// <param name="StudentEdition">the name of the edition without solutions.</param>
/// <param name="FullEdition">the name of the edition with them.</param>
/// <param name="Question">an index card's question label.</param>
/// <param name="Methods">its methods label.</param>
/// <param name="TimeNeeded">its class-time label.</param>
/// <param name="Page">its link to the page.</param>
/// <param name="OtherLanguage">the language switch's label (the other language's own name).</param>
/// <param name="Notebooks">"notebooks" in the index header.</param>
/// <param name="CellTimes">the footer's per-cell times label.</param>
/// <param name="RenderedBy">the footer's last sentence.</param>
/// <param name="Ran">"run" before the date a notebook ran.</param>
/// <param name="Cell">"cell" before a cell's number.</param>
/// <param name="NotRun">what a cell skipped after a failure says.</param>
/// <param name="Total">"total" before a notebook's time.</param>
public sealed record PageText(string Language, string AllNotebooks, string Contents, string ShowSolution, string DataBehind, string HowToCite,
    string TheStudy, string ThisNotebook, string Rendered, string AllCellsRan, string Failed, string StudentEdition, string FullEdition,
    string Question, string Methods, string TimeNeeded, string Page, string OtherLanguage, string Notebooks, string CellTimes, string RenderedBy, string Ran,
    string Cell, string NotRun, string Total)
{
    /// <summary>English.</summary>
    public static PageText English { get; } = new("en", "All notebooks", "Contents", "Show solution", "Data behind this page", "How to cite",
        "The study", "This notebook", "rendered", "all cells ran", "FAILED", "student edition (no solutions)", "full edition",
        "Question", "Methods taught", "Time needed", "page", "Español", "notebooks", "Cell times", "Rendered offline by SmeNotebooks.Runner.", "run",
        "cell", "(not run: an earlier cell failed)", "total");

    /// <summary>Mexican Spanish, neutral academic register.</summary>
    public static PageText Spanish { get; } = new("es", "Todos los cuadernos", "Contenido", "Mostrar solución", "Datos de esta página", "Cómo citar",
        "El estudio", "Este cuaderno", "generado el", "todas las celdas se ejecutaron", "FALLÓ", "edición para estudiantes (sin soluciones)", "edición completa",
        "Pregunta", "Métodos que enseña", "Tiempo necesario", "página", "English", "cuadernos", "Tiempo por celda", "Generado sin conexión por SmeNotebooks.Runner.", "ejecutado el",
        "celda", "(no se ejecutó: falló una celda anterior)", "total");

    /// <summary>The chrome for <paramref name="language"/> ("es" or anything else: English).</summary>
    public static PageText For(string language) => language == "es" ? Spanish : English;
}
