namespace Cleanroom.Server.Schemas.Wire;

internal sealed record BatchGetSchemaAnalysisRuleOutput(IReadOnlyList<SchemaAnalysisRule> AnalysisRules, IReadOnlyList<BatchGetSchemaAnalysisRuleError> Errors);
