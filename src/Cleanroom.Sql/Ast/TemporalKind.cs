namespace Cleanroom.Sql.Ast;

public enum TemporalKind
{
    Date,
    Timestamp,
    Time,
}
