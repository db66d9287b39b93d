namespace Cleanroom.Sql.Ast;

/// <summary>A string literal; <see cref="Value"/> is the unescaped text.</summary>
public sealed record StringLiteral(string Value) : Expression;
