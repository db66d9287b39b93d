namespace Cleanroom.Sql.Ast;

/// <summary><c>ROWS|RANGE BETWEEN start AND end</c>; the short form <c>ROWS start</c> has end CURRENT ROW.</summary>
public sealed record WindowFrame(FrameUnit Unit, FrameBound Start, FrameBound End) : SqlNode;
