using SmeNotebooks.Data;
using SmeNotebooks.Localization;

namespace SmeNotebooks.Studies.ValueChains;

/// <summary>
/// UNCTAD's GVC participation rate (McDermott and Pietrobelli 2017, note 4; UNCTAD WIR 2013): the share of a
/// country's exports that is part of a multistage trade process,
/// participation = (foreign value added in its exports [upstream] + its value added in other countries' exports
/// [downstream]) / total exports.
/// </summary>
public static class ParticipationRate
{
    /// <summary>
    /// The downstream component implied by a participation rate and its upstream component: participation − upstream
    /// (all in % of exports). Throws when upstream exceeds participation, which the definition rules out.
    /// </summary>
    public static double Downstream(double participation, double upstream) =>
        upstream <= participation ? participation - upstream
            : throw new ArgumentException(Localized.Format(ValueChainsStrings.Error_UpstreamExceeds, upstream, participation));
}
