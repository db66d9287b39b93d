namespace Cleanroom.Server.Wire.Model;

/// <summary>An input shape with the constraints the server validates.</summary>
internal sealed record ShapeModel(
    string Type,
    IReadOnlyList<string>? Required,
    double? Min,
    double? Max,
    string? Pattern,
    IReadOnlyList<string>? Enum,
    bool Union,
    bool Document,
    IReadOnlyDictionary<string, MemberModel>? Members,
    string? Member,
    string? Key,
    string? Value);
