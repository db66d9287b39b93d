using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Checking;

/// <summary>Result headers must be unambiguous (spec 12.3): a repeated output column name is refused.</summary>
internal static class OutputNames
{
    public static void RequireDistinct(IReadOnlyList<string> names, IReadOnlyList<SqlNode> items, Violations violations)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            if (!seen.Add(names[i]))
                violations.Add(RuleNames.OutputColumns, $"output column name {names[i]} appears more than once: give the columns distinct aliases", items[Math.Min(i, items.Count - 1)]);
        }
    }
}
