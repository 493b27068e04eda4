using SmeNotebooks.Data;

namespace SmeNotebooks.Studies.ValueChains;

/// <summary>One region of Fig. 1 of McDermott and Pietrobelli (2017) (after UNCTAD 2013, p. 127), after cleaning.</summary>
/// <param name="Region">Region name.</param>
/// <param name="Group">World, Developed, Developing, Transition or Memorandum.</param>
/// <param name="ParticipationPercent">GVC participation rate, % of exports; null where the extraction lost it beyond repair.</param>
/// <param name="GrowthPercent">GVC participation growth rate 2005-2010, % per year.</param>
public sealed record RegionParticipation(string Region, string Group, double? ParticipationPercent, double? GrowthPercent);
