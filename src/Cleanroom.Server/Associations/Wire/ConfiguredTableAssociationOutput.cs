namespace Cleanroom.Server.Associations.Wire;

/// <summary>Create/Get/UpdateConfiguredTableAssociation output.</summary>
internal sealed record ConfiguredTableAssociationOutput(ConfiguredTableAssociation ConfiguredTableAssociation);
