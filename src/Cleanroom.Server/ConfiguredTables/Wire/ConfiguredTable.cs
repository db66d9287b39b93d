using System.Text.Json;

namespace Cleanroom.Server.ConfiguredTables.Wire;

internal sealed record ConfiguredTable(
    string Id,
    string Arn,
    string Name,
    string? Description,
    JsonElement TableReference,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    IReadOnlyList<string> AnalysisRuleTypes,
    string AnalysisMethod,
    IReadOnlyList<string> AllowedColumns,
    IReadOnlyList<string>? SelectedAnalysisMethods);
