using SmeNotebooks.Data;

namespace SmeNotebooks.Studies.Jalisco;

/// <summary>One firm's row of the Jalisco paper's Tabla 3 (results of the programme). Null: the paper prints nothing.</summary>
/// <param name="Firm">The firm.</param>
/// <param name="ProfitIncreasePercent">Increase in profits (aumento de utilidades), %.</param>
/// <param name="CapacityIncreasePercent">Increase in production capacity, %.</param>
/// <param name="ExportIncreasePercent">Increase in exports, % (from "Incremento de un 5% en exportaciones").</param>
/// <param name="InternationalChangeEs">Change in international activity as printed.</param>
/// <param name="InternationalChangeEn">The same in English.</param>
public sealed record CaseResult(string Firm, double? ProfitIncreasePercent, double? CapacityIncreasePercent, double? ExportIncreasePercent,
    string InternationalChangeEs, string InternationalChangeEn);
