using System.Text.Json;

namespace Cleanroom.Server.ConfiguredTables.Wire;

internal sealed record UpdateConfiguredTableInput(
    string? Name,
    string? Description,
    JsonElement? TableReference,
    IReadOnlyList<string>? AllowedColumns,
    string? AnalysisMethod,
    IReadOnlyList<string>? SelectedAnalysisMethods);
