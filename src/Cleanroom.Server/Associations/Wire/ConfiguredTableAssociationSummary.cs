namespace Cleanroom.Server.Associations.Wire;

internal sealed record ConfiguredTableAssociationSummary(
    string ConfiguredTableId,
    string MembershipId,
    string MembershipArn,
    string Name,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime,
    string Id,
    string Arn,
    IReadOnlyList<string> AnalysisRuleTypes);
