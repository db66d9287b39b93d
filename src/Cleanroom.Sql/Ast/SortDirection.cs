namespace Cleanroom.Sql.Ast;

public enum SortDirection
{
    Ascending,
    Descending,
}
