namespace Cleanroom.Server.Memberships.Wire;

/// <summary>Create/Get/UpdateMembership output.</summary>
internal sealed record MembershipOutput(Membership Membership);
