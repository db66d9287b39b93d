namespace Cleanroom.Server.Memberships;

/// <summary>A membership's status. Leaving deletes the membership (its member entry becomes LEFT).</summary>
internal static class MembershipStatus
{
    public const string Active = "ACTIVE";
    public const string Removed = "REMOVED";
    public const string CollaborationDeleted = "COLLABORATION_DELETED";
}
