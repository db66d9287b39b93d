namespace Cleanroom.Server.AnalysisTemplates.Wire;

internal sealed record BatchGetCollaborationAnalysisTemplateOutput(
    IReadOnlyList<CollaborationAnalysisTemplate> CollaborationAnalysisTemplates,
    IReadOnlyList<BatchGetCollaborationAnalysisTemplateError> Errors);
