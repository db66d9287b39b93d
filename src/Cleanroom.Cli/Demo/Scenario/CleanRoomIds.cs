namespace Cleanroom.Cli.Demo.Scenario;

/// <summary>What the set-up created that a person continuing by hand needs.</summary>
internal sealed record CleanRoomIds(string CollaborationId, string AdvertiserMembershipId, string RetailerMembershipId);
