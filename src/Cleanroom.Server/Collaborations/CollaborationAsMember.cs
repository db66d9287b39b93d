namespace Cleanroom.Server.Collaborations;

/// <summary>A collaboration as seen by one of its members: the collaboration and the caller's own member entry.</summary>
internal sealed record CollaborationAsMember(CollaborationRecord Collaboration, MemberRecord Member)
{
    public bool CallerIsCreator => Collaboration.CreatorAccountId == Member.AccountId;
}
