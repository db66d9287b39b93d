namespace Cleanroom.Sql.Ast;

public enum FrameUnit
{
    Rows,
    Range,
}
