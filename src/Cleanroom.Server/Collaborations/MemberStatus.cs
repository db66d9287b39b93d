namespace Cleanroom.Server.Collaborations;

/// <summary>A member entry's status: INVITED until it joins, then ACTIVE, then LEFT (own choice) or REMOVED (by the creator).</summary>
internal static class MemberStatus
{
    public const string Invited = "INVITED";
    public const string Active = "ACTIVE";
    public const string Left = "LEFT";
    public const string Removed = "REMOVED";
}
