using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Checking;

/// <summary>
/// Recognises constants, including the typed literals the template binder produces (<c>CAST(5 AS INT)</c>,
/// <c>-CAST(…)</c>, <c>unhex('…')</c>): they carry no column and need no scalar-function permission.
/// </summary>
internal static class Literals
{
    public static bool IsConstant(Expression expression) => expression switch
    {
        NumberLiteral or StringLiteral or BooleanLiteral or NullLiteral or TemporalLiteral or IntervalLiteral => true,
        UnaryExpression { Operator: UnaryOperator.Negate or UnaryOperator.Plus } unary => IsNumber(unary.Operand),
        CastExpression { Try: false } cast => IsNumber(cast.Value),
        FunctionCall { Name.Name: "unhex", Over: null, Arguments: [StringLiteral] } => true,
        _ => false,
    };

    /// <summary>A numeric literal, possibly signed, possibly cast to a type by the binder.</summary>
    public static bool IsNumber(Expression expression) => expression switch
    {
        NumberLiteral => true,
        UnaryExpression { Operator: UnaryOperator.Negate or UnaryOperator.Plus } unary => IsNumber(unary.Operand),
        CastExpression { Try: false, Type.Kind: SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Int or SqlTypeKind.BigInt
            or SqlTypeKind.Decimal or SqlTypeKind.Float or SqlTypeKind.Double } cast => IsNumber(cast.Value),
        _ => false,
    };

    /// <summary>A positive whole number literal (LIMIT), possibly cast to an integer type by the binder.</summary>
    public static bool IsPositiveInteger(Expression expression) => expression switch
    {
        NumberLiteral number => number.IsInteger && number.Text.TrimStart('0').Length > 0,
        CastExpression { Try: false, Type.Kind: SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Int or SqlTypeKind.BigInt } cast =>
            IsPositiveInteger(cast.Value),
        _ => false,
    };
}
