using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;

namespace Cleanroom.Rules.Checking;

/// <summary>
/// Coarse static types of the expressions AGGREGATION and LIST queries may contain, from literals, resolved columns,
/// casts, the function catalogue and operators. Used to refuse comparisons that DuckDB would answer by casting a
/// string column at run time — a cast that fails on some values is a data-dependent error (and its message would
/// quote the value).
/// </summary>
internal sealed class ExpressionTypes(Func<ColumnReference, StaticType> columnType)
{
    public StaticType Of(Expression expression) => expression switch
    {
        NumberLiteral number => number.IsInteger ? StaticType.Integer : number.IsApproximate ? StaticType.Double : StaticType.Decimal,
        StringLiteral => StaticType.String,
        BooleanLiteral => StaticType.Boolean,
        TemporalLiteral temporal => temporal.Kind switch
        {
            TemporalKind.Date => StaticType.Date,
            TemporalKind.Time => StaticType.Time,
            _ => StaticType.Timestamp,
        },
        IntervalLiteral => StaticType.Interval,
        ColumnReference column => columnType(column),
        UnaryExpression unary => Of(unary.Operand),
        BinaryExpression binary => binary.Operator switch
        {
            BinaryOperator.Concat => StaticType.String,
            BinaryOperator.Divide => StaticType.Double,
            BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Modulo or BinaryOperator.IntegerDivide =>
                Of(binary.Left) is StaticType.Date or StaticType.Timestamp or StaticType.Time ? Of(binary.Left) : Numeric(Of(binary.Left), Of(binary.Right)),
            _ => StaticType.Boolean,
        },
        CastExpression cast => cast.Type.Kind switch
        {
            SqlTypeKind.String or SqlTypeKind.Varchar or SqlTypeKind.Char => StaticType.String,
            SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Int or SqlTypeKind.BigInt => StaticType.Integer,
            SqlTypeKind.Float or SqlTypeKind.Double => StaticType.Double,
            SqlTypeKind.Decimal => StaticType.Decimal,
            SqlTypeKind.Boolean => StaticType.Boolean,
            SqlTypeKind.Date => StaticType.Date,
            SqlTypeKind.Timestamp or SqlTypeKind.TimestampNtz => StaticType.Timestamp,
            SqlTypeKind.Time => StaticType.Time,
            _ => StaticType.Binary,
        },
        ExtractExpression => StaticType.Decimal,
        FunctionCall call when FunctionCatalog.TryGet(call.Name.Name, out var function) =>
            function.ResultFromArgument is { } index && index < call.Arguments.Count ? Of(call.Arguments[index]) : function.Result,
        _ => StaticType.Unknown,
    };

    /// <summary>
    /// Null when the two sides may be compared; otherwise why not. Equal families compare; a string literal is cast
    /// once, before any row is read, so it may meet any type; a string-typed column or expression may not meet a
    /// non-string one.
    /// </summary>
    public string? Incomparable(Expression left, Expression right)
    {
        var (leftFamily, rightFamily) = (Family(Of(left)), Family(Of(right)));
        if (leftFamily == "unknown" || rightFamily == "unknown" || leftFamily == rightFamily)
            return null;
        if (left is StringLiteral || right is StringLiteral || left is NullLiteral || right is NullLiteral)
            return null;
        return $"cannot compare {Describe(left)} ({leftFamily}) with {Describe(right)} ({rightFamily}): cast one side explicitly";
    }

    public static string Family(StaticType type) => type switch
    {
        StaticType.Integer or StaticType.Decimal or StaticType.Double => "number",
        StaticType.String => "string",
        StaticType.Boolean => "boolean",
        StaticType.Date or StaticType.Timestamp => "date/time",
        StaticType.Time => "time",
        StaticType.Interval => "interval",
        StaticType.Binary => "binary",
        _ => "unknown",
    };

    // Never the literal itself: messages must not echo values from the query.
    private static string Describe(Expression expression) => expression switch
    {
        ColumnReference column => "column " + string.Join('.', column.Parts.Select(p => p.Name)),
        StringLiteral => "a string literal",
        NumberLiteral => "a number",
        _ when Literals.IsConstant(expression) => "a literal",
        _ => "an expression",
    };

    private static StaticType Numeric(StaticType left, StaticType right) =>
        (left, right) switch
        {
            (StaticType.Double, _) or (_, StaticType.Double) => StaticType.Double,
            (StaticType.Decimal, StaticType.Decimal or StaticType.Integer) or (StaticType.Integer, StaticType.Decimal) => StaticType.Decimal,
            (StaticType.Integer, StaticType.Integer) => StaticType.Integer,
            _ => StaticType.Unknown,
        };
}
