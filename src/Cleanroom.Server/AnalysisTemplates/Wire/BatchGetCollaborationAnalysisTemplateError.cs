namespace Cleanroom.Server.AnalysisTemplates.Wire;

internal sealed record BatchGetCollaborationAnalysisTemplateError(string Arn, string Code, string Message);
