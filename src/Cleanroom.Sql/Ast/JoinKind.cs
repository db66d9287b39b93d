namespace Cleanroom.Sql.Ast;

public enum JoinKind
{
    Inner,
    Left,
    Right,
    Full,
    Cross,
    LeftSemi,
    LeftAnti,
}
