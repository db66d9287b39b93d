namespace Cleanroom.Sql.Ast;

/// <summary><c>name [(columns)] AS (query)</c> inside a WITH clause.</summary>
public sealed record CommonTableExpression(Identifier Name, SyntaxList<Identifier> Columns, Query Query) : SqlNode;
