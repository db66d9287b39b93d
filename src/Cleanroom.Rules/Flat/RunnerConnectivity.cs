using Cleanroom.Rules.Checking;

namespace Cleanroom.Rules.Flat;

/// <summary>
/// The join requirement: a table instance must be joined (so not alone) into a group of instances connected by
/// INNER-join equalities that contains a table owned by the query runner.
/// </summary>
internal static class RunnerConnectivity
{
    public const string MessagePrefix = "Inner join to query runner table required for table ";

    public static void Check(
        IReadOnlyList<TableInstance> instances,
        IReadOnlyList<(int From, int To)> edges,
        string runnerAccountId,
        Func<TableInstance, bool> requiresJoin,
        Violations violations,
        string rule)
    {
        var parent = Enumerable.Range(0, instances.Count).ToArray();
        foreach (var (from, to) in edges)
            parent[Root(parent, from)] = Root(parent, to);
        foreach (var instance in instances.Where(requiresJoin))
        {
            var group = instances.Where(other => Root(parent, other.Index) == Root(parent, instance.Index)).ToList();
            var joined = group.Count > 1 && group.Any(other => other.Table.OwnerAccountId == runnerAccountId);
            if (!joined)
                violations.Add(rule, MessagePrefix + instance.Table.Name, instance.Node);
        }
    }

    private static int Root(int[] parent, int node)
    {
        while (parent[node] != node)
            node = parent[node] = parent[parent[node]];
        return node;
    }
}
