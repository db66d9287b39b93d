namespace Cleanroom.Server.Memberships.Wire;

internal sealed record ListMembershipsOutput(IReadOnlyList<MembershipSummary> MembershipSummaries, string? NextToken);
