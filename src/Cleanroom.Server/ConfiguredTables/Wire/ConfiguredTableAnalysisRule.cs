using System.Text.Json;

namespace Cleanroom.Server.ConfiguredTables.Wire;

internal sealed record ConfiguredTableAnalysisRule(
    string ConfiguredTableId,
    string ConfiguredTableArn,
    JsonElement Policy,
    string Type,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime);
