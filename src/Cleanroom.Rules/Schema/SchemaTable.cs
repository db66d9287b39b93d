using Cleanroom.Rules.Policies;

namespace Cleanroom.Rules.Schema;

/// <summary>
/// A table the query runner may name: the association name (how SQL refers to it), its owner, its allowed columns
/// only, its analysis rule (consolidated with the association rule's result receivers), and the internal view the
/// executable tree reads instead.
/// </summary>
public sealed record SchemaTable(
    string Name,
    string OwnerAccountId,
    IReadOnlyList<SchemaColumn> Columns,
    AnalysisRule Rule,
    string ViewName)
{
    /// <summary>Members allowed to receive results of queries touching this table; the pipeline intersects these.</summary>
    public IReadOnlyList<string> AllowedResultReceivers => Rule.AllowedResultReceivers;
}
