namespace Cleanroom.Server.Schemas.Wire;

internal sealed record SchemaAnalysisRuleRequest(string Name, string Type);
