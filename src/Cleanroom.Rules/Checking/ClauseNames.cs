using Cleanroom.Sql.Walking;

namespace Cleanroom.Rules.Checking;

internal static class ClauseNames
{
    public static string Of(Clause clause) => clause switch
    {
        Clause.Select => "SELECT",
        Clause.Top => "TOP",
        Clause.From => "FROM",
        Clause.JoinCondition => "ON",
        Clause.Where => "WHERE",
        Clause.GroupBy => "GROUP BY",
        Clause.Having => "HAVING",
        Clause.OrderBy => "ORDER BY",
        Clause.Limit => "LIMIT",
        Clause.Offset => "OFFSET",
        Clause.WindowPartition => "PARTITION BY",
        Clause.WindowOrder => "a window ORDER BY",
        _ => "a window frame",
    };
}
