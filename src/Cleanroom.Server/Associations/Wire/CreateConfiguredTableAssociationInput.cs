namespace Cleanroom.Server.Associations.Wire;

internal sealed record CreateConfiguredTableAssociationInput(
    string Name,
    string? Description,
    string ConfiguredTableIdentifier,
    string RoleArn,
    Dictionary<string, string>? Tags);
