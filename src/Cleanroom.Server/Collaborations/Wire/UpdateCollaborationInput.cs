namespace Cleanroom.Server.Collaborations.Wire;

internal sealed record UpdateCollaborationInput(string? Name, string? Description, string? AnalyticsEngine);
