using Cleanroom.Server.Glue;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// A referenced table as the engine reads it: the view the executable tree names, whose objects it reads (the
/// owner's, at the owner's Glue location), and the allowed columns and partition keys — the only ones the view has.
/// </summary>
internal sealed record TableRead(
    string ViewName,
    string OwnerAccountId,
    TableSource Source,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableColumn> PartitionKeys)
{
    public IEnumerable<TableColumn> AllColumns => Columns.Concat(PartitionKeys);
}
