namespace Cleanroom.Server.Schemas.Wire;

internal sealed record BatchGetSchemaAnalysisRuleError(string Name, string Type, string Code, string Message);
