using System.Text.Json;

namespace Cleanroom.Server.AnalysisTemplates.Wire;

/// <summary>The <c>AnalysisSource</c> union: SQL <c>text</c>, or PySpark <c>artifacts</c> (not supported).</summary>
internal sealed record AnalysisSource(string? Text, JsonElement? Artifacts);
