using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Flat;

/// <summary>The shape AGGREGATION and LIST queries share: one SELECT over named tables joined with INNER JOIN … ON.</summary>
internal sealed record FlatQuery(Query Query, SelectCore Select, IReadOnlyList<TableInstance> Instances, IReadOnlyList<JoinClause> Joins);
