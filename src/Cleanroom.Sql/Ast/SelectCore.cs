namespace Cleanroom.Sql.Ast;

/// <summary>One <c>SELECT … FROM … WHERE … GROUP BY … HAVING …</c> block.</summary>
/// <param name="Top">Legacy <c>TOP n</c>; never set together with the enclosing query's LIMIT.</param>
public sealed record SelectCore(
    bool Distinct,
    Expression? Top,
    SyntaxList<SelectItem> Items,
    SyntaxList<TableReference> From,
    Expression? Where,
    SyntaxList<Expression> GroupBy,
    Expression? Having) : QueryBody;
