namespace Cleanroom.Server.Collaborations;

/// <summary>The <c>MemberAbility</c> enum values.</summary>
internal static class MemberAbility
{
    public const string CanQuery = "CAN_QUERY";
    public const string CanReceiveResults = "CAN_RECEIVE_RESULTS";
    public const string CanRunJob = "CAN_RUN_JOB";
}
