namespace Cleanroom.Sql.Binding;

/// <summary>A template's declared parameter: name, type and optional default value (as the API carries them).</summary>
public sealed record ParameterDeclaration(string Name, ParameterType Type, string? DefaultValue = null)
{
    /// <summary>Reads a wire name such as <c>DOUBLE_PRECISION</c> or <c>TIMESTAMP_LTZ</c>.</summary>
    public static bool TryParseType(string wireName, out ParameterType type) =>
        Enum.TryParse(wireName.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out type)
        && Enum.IsDefined(type);
}
