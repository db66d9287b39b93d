using System.Collections.Frozen;

namespace Cleanroom.Sql.Parsing;

/// <summary>Words that cannot be used as bare names or aliases (quote them to use them as names).</summary>
internal static class Keywords
{
    public static readonly FrozenSet<string> Reserved = new[]
    {
        "all", "and", "anti", "as", "asc", "between", "both", "by", "case", "cast", "cross", "desc", "distinct", "div",
        "else", "end", "escape", "except", "exists", "false", "for", "from", "full", "group", "having", "ilike", "in",
        "inner", "intersect", "interval", "is", "join", "lateral", "leading", "left", "like", "limit", "minus", "natural",
        "not", "null", "offset", "on", "or", "order", "outer", "over", "qualify", "regexp", "right", "rlike", "select",
        "semi", "then", "trailing", "true", "union", "using", "when", "where", "window", "with",
    }.ToFrozenSet();

    /// <summary>Statement verbs that are named in the error when a query starts with them.</summary>
    public static readonly FrozenSet<string> Statements = new[]
    {
        "alter", "analyze", "attach", "begin", "cache", "call", "checkpoint", "clear", "comment", "commit", "copy",
        "create", "delete", "describe", "detach", "drop", "execute", "explain", "export", "grant", "import", "insert",
        "install", "load", "merge", "msck", "pivot", "pragma", "prepare", "refresh", "replace", "reset", "revoke",
        "rollback", "set", "show", "summarize", "truncate", "uncache", "unpivot", "update", "use", "vacuum", "values",
        "from", "table", "add", "list", "deallocate", "declare",
    }.ToFrozenSet();
}
