using Cleanroom.Rules.Schema;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// What the engine runs for an accepted query: the rendered executable tree (only the engine's views appear in it),
/// the tables behind those views, the column classes of an encrypted collaboration (null otherwise; keyed by view
/// name, then column) and where the result goes.
/// </summary>
internal sealed record QueryPlan(
    string QueryId,
    string Sql,
    IReadOnlyList<TableRead> Tables,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, ColumnClass>>? Classes,
    ResultDelivery Delivery);
