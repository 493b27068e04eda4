using SmeNotebooks.Studies.Jalisco;
using SmeNotebooks.Studies.KnowledgeIntensive;
using SmeNotebooks.Studies.Sonora;
using SmeNotebooks.Studies.ValueChains;

namespace SmeNotebooks.Studies;

/// <summary>The collection's studies, in notebook order.</summary>
public static class StudyCatalog
{
    /// <summary>Every study: one folder under <c>data/</c>, <c>Studies/</c> and the tests' <c>Studies/</c>, and one notebook each.</summary>
    public static IReadOnlyList<Study> All => [SonoraStudy.About, KnowledgeIntensiveStudy.About, JaliscoStudy.About, ValueChainsStudy.About];
}
