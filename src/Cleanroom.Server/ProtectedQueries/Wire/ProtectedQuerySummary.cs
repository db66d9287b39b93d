namespace Cleanroom.Server.ProtectedQueries.Wire;

internal sealed record ProtectedQuerySummary(
    string Id,
    string MembershipId,
    string MembershipArn,
    DateTimeOffset CreateTime,
    string Status,
    IReadOnlyList<ReceiverConfiguration> ReceiverConfigurations);
