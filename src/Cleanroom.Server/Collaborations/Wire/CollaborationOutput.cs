namespace Cleanroom.Server.Collaborations.Wire;

/// <summary>Create/Get/UpdateCollaboration output.</summary>
internal sealed record CollaborationOutput(Collaboration Collaboration);
