using System.Text.Json;

namespace Cleanroom.Server.AnalysisTemplates.Wire;

internal sealed record CreateAnalysisTemplateInput(
    string? Description,
    string Name,
    string Format,
    AnalysisSource Source,
    Dictionary<string, string>? Tags,
    IReadOnlyList<AnalysisParameter>? AnalysisParameters,
    AnalysisSchema? Schema,
    JsonElement? ErrorMessageConfiguration,
    JsonElement? SyntheticDataParameters);
