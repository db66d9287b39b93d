namespace Cleanroom.Server.Associations.Wire;

internal sealed record ConfiguredTableAssociation(
    string Arn,
    string Id,
    string ConfiguredTableId,
    string ConfiguredTableArn,
    string MembershipId,
    string MembershipArn,
    string RoleArn,
    string Name,
    string? Description,
    IReadOnlyList<string> AnalysisRuleTypes,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime);
