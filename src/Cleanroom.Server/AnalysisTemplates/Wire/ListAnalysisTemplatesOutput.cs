namespace Cleanroom.Server.AnalysisTemplates.Wire;

internal sealed record ListAnalysisTemplatesOutput(string? NextToken, IReadOnlyList<AnalysisTemplateSummary> AnalysisTemplateSummaries);
