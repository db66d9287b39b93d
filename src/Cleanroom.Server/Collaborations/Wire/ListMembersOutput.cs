namespace Cleanroom.Server.Collaborations.Wire;

internal sealed record ListMembersOutput(IReadOnlyList<MemberSummary> MemberSummaries, string? NextToken);
