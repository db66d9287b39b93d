namespace Cleanroom.Server.AnalysisTemplates.Wire;

internal sealed record BatchGetCollaborationAnalysisTemplateInput(IReadOnlyList<string> AnalysisTemplateArns);
