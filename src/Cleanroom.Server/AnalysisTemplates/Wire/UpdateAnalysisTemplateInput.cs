namespace Cleanroom.Server.AnalysisTemplates.Wire;

internal sealed record UpdateAnalysisTemplateInput(string? Description);
