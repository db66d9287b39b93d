namespace Cleanroom.Sql.Ast;

public enum UnaryOperator
{
    Negate,
    Plus,
    Not,
}
