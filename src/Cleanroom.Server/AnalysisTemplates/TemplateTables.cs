using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Server.AnalysisTemplates;

/// <summary>The tables a query reads: every table reference that is not a CTE's name, in order of appearance.</summary>
internal sealed class TemplateTables : SqlWalker
{
    private readonly HashSet<string> cteNames = new(StringComparer.Ordinal);
    private readonly List<ObjectName> tables = [];

    private TemplateTables()
    {
    }

    public static IReadOnlyList<ObjectName> Of(Query query)
    {
        var walker = new TemplateTables();
        walker.Walk(query);
        return walker.tables.Where(table => table.Parts.Count > 1 || !walker.cteNames.Contains(table.Name.Name)).ToArray();
    }

    protected override void OnQuery(Query query, WalkContext context)
    {
        foreach (var cte in query.With)
        {
            cteNames.Add(cte.Name.Name);
        }
    }

    protected override void OnTable(NamedTable table, WalkContext context) => tables.Add(table.Name);
}
