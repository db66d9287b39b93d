namespace Cleanroom.Server.AnalysisTemplates.Wire;

/// <summary>The association names (schema names) a template reads.</summary>
internal sealed record AnalysisSchema(IReadOnlyList<string>? ReferencedTables);
