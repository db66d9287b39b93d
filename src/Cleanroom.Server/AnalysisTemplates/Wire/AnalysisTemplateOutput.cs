namespace Cleanroom.Server.AnalysisTemplates.Wire;

/// <summary>Create/Get/UpdateAnalysisTemplate output.</summary>
internal sealed record AnalysisTemplateOutput(AnalysisTemplate AnalysisTemplate);
