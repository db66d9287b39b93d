namespace Cleanroom.Server.Schemas.Wire;

internal sealed record GetSchemaAnalysisRuleOutput(SchemaAnalysisRule AnalysisRule);
