namespace Cleanroom.Server.Associations.Wire;

internal sealed record UpdateConfiguredTableAssociationInput(string? Description, string? RoleArn);
