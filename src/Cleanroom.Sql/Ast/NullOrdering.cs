namespace Cleanroom.Sql.Ast;

public enum NullOrdering
{
    NullsFirst,
    NullsLast,
}
