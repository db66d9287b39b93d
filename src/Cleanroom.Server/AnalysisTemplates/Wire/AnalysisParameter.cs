namespace Cleanroom.Server.AnalysisTemplates.Wire;

/// <summary>A declared template parameter: referenced as <c>:name</c> in the SQL, typed, with an optional default.</summary>
internal sealed record AnalysisParameter(string Name, string Type, string? DefaultValue);
