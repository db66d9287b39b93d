namespace Cleanroom.Server.ProtectedQueries.Wire;

/// <summary>Either the SQL text, or an analysis template's ARN with values for its parameters.</summary>
internal sealed record ProtectedQuerySqlParameters(string? QueryString, string? AnalysisTemplateArn, Dictionary<string, string>? Parameters);
