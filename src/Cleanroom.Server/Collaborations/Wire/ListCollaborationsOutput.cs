namespace Cleanroom.Server.Collaborations.Wire;

internal sealed record ListCollaborationsOutput(IReadOnlyList<CollaborationSummary> CollaborationList, string? NextToken);
