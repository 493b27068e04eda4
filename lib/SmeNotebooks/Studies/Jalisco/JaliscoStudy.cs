namespace SmeNotebooks.Studies.Jalisco;

/// <summary>The Jalisco study: the ITESO-JALTRADE reliable-international-supplier programme with five firms, as case studies.</summary>
public static class JaliscoStudy
{
    /// <summary>Its data folder (<c>data/jalisco/</c>), notebook and reference; the words in the reader's language.</summary>
    public static Study About => new("Jalisco", "jalisco", "03-jalisco-reliable-international-supplier",
        new Reference("Establecimiento de un sistema de gestión de proveedor internacional confiable como estrategia para acelerar la internacionalización de las MIPyMES mexicanas",
            null, 2018, "Revista Global de Negocios 6(5)", null, JaliscoStrings.Study_Note),
        JaliscoStrings.Study_Question, JaliscoStrings.Study_Methods, JaliscoStrings.Study_ClassTime);
}
