namespace Cleanroom.Sql.Ast;

/// <summary><c>expression [AS alias]</c> in a select list.</summary>
public sealed record ExpressionItem(Expression Expression, Identifier? Alias) : SelectItem;
