namespace Cleanroom.Sql.Ast;

public enum SetOperator
{
    Union,
    Intersect,
    Except,
}
