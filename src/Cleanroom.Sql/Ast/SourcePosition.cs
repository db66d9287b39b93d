namespace Cleanroom.Sql.Ast;

/// <summary>Where a node starts in the query text: 1-based line and column, 0-based character offset.</summary>
public readonly record struct SourcePosition(int Line, int Column, int Offset)
{
    public override string ToString() => $"{Line}:{Column}";
}
