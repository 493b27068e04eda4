namespace SmeNotebooks.Studies.KnowledgeIntensive;

/// <summary>The knowledge-intensive study: 127 SMEs in four northern Mexican cities, a log-linear Cobb-Douglas model of innovation.</summary>
public static class KnowledgeIntensiveStudy
{
    /// <summary>Its data folder (<c>data/knowledge-intensive/</c>), notebook and reference; the words in the reader's language.</summary>
    public static Study About => new("KnowledgeIntensive", "knowledge-intensive", "02-knowledge-intensive-learning-innovation",
        new Reference("Endogenous learning for innovation in knowledge-intensive SMEs", "Alonso, J. J., Contreras, O. F. and Valenzuela, A.", 2025,
            "Problemas del Desarrollo 56(221)", "10.22201/iiec.20078951e.2025.221.70262"),
        KnowledgeIntensiveStrings.Study_Question, KnowledgeIntensiveStrings.Study_Methods, KnowledgeIntensiveStrings.Study_ClassTime);
}
