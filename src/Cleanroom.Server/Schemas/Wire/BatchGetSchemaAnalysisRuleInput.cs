namespace Cleanroom.Server.Schemas.Wire;

internal sealed record BatchGetSchemaAnalysisRuleInput(IReadOnlyList<SchemaAnalysisRuleRequest> SchemaAnalysisRuleRequests);
