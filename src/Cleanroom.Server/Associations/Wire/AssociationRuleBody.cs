namespace Cleanroom.Server.Associations.Wire;

/// <summary>
/// A collaboration analysis rule: the members who may receive results of queries on the table, and the additional
/// analyses (Clean Rooms ML resources) that may use it — stored, but additional analyses are not supported.
/// </summary>
internal sealed record AssociationRuleBody(IReadOnlyList<string>? AllowedResultReceivers, IReadOnlyList<string>? AllowedAdditionalAnalyses);
