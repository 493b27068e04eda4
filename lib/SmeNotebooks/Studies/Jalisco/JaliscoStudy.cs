namespace SmeNotebooks.Studies.Jalisco;

/// <summary>The Jalisco study: the ITESO-JALTRADE reliable-international-supplier programme with five firms, as case studies.</summary>
public static class JaliscoStudy
{
    /// <summary>Its data folder (<c>data/jalisco/</c>), notebook and reference.</summary>
    public static Study About { get; } = new("Jalisco", "jalisco", "03-jalisco-reliable-international-supplier",
        new Reference("Establecimiento de un sistema de gestión de proveedor internacional confiable como estrategia para acelerar la internacionalización de las MIPyMES mexicanas",
            null, 2018, "Revista Global de Negocios 6(5)", null, "the available text gives no authors"),
        "what did a supplier-development programme change in five firms?",
        "case-study evidence and its limits, tidy data from a paper's tables, Uppsala and Born Global",
        "one session of 90 minutes");
}
