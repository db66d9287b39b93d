using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;

namespace Cleanroom.Rules.Checking;

/// <summary>
/// The value family of the expressions AGGREGATION and LIST queries may contain, from literals, resolved columns,
/// casts, the function catalogue and operators. Used to refuse comparisons that DuckDB would answer by casting a
/// string column at run time — a cast that fails on some values is a data-dependent error, and its message would
/// quote the value.
/// </summary>
internal sealed class ValueFamilies(Func<ColumnReference, StaticType> columnType)
{
    public ValueFamily Of(Expression expression) => expression switch
    {
        NumberLiteral or ExtractExpression => ValueFamily.Number,
        StringLiteral => ValueFamily.String,
        BooleanLiteral => ValueFamily.Boolean,
        TemporalLiteral { Kind: TemporalKind.Time } => ValueFamily.Time,
        TemporalLiteral => ValueFamily.DateTime,
        IntervalLiteral => ValueFamily.Interval,
        ColumnReference column => Of(columnType(column)),
        UnaryExpression unary => Of(unary.Operand),
        BinaryExpression { Operator: BinaryOperator.Concat } => ValueFamily.String,
        BinaryExpression binary when Operators.IsArithmetic(binary.Operator) => Arithmetic(Of(binary.Left)),
        BinaryExpression => ValueFamily.Boolean,
        CastExpression cast => cast.Type.Kind switch
        {
            SqlTypeKind.String or SqlTypeKind.Varchar or SqlTypeKind.Char => ValueFamily.String,
            SqlTypeKind.Boolean => ValueFamily.Boolean,
            SqlTypeKind.Date or SqlTypeKind.Timestamp or SqlTypeKind.TimestampNtz => ValueFamily.DateTime,
            SqlTypeKind.Time => ValueFamily.Time,
            SqlTypeKind.Binary => ValueFamily.Binary,
            _ => ValueFamily.Number,
        },
        FunctionCall call when FunctionCatalog.TryGet(call.Name.Name, out var function) =>
            function.ResultFromArgument is { } index && index < call.Arguments.Count ? Of(call.Arguments[index]) : Of(function.Result),
        _ => ValueFamily.Unknown,
    };

    /// <summary>
    /// Null when the two sides may be compared; otherwise why not. Equal families compare; a string literal is cast
    /// once, before any row is read, so it may meet any family; a string-typed column or expression may not meet
    /// another family.
    /// </summary>
    public string? Incomparable(Expression left, Expression right)
    {
        var (leftFamily, rightFamily) = (Of(left), Of(right));
        if (leftFamily == ValueFamily.Unknown || rightFamily == ValueFamily.Unknown || leftFamily == rightFamily)
            return null;
        if (left is StringLiteral or NullLiteral || right is StringLiteral or NullLiteral)
            return null;
        return $"cannot compare {Describe(left)} ({Name(leftFamily)}) with {Describe(right)} ({Name(rightFamily)}): cast one side explicitly";
    }

    public static string Name(ValueFamily family) => family == ValueFamily.DateTime ? "date/time" : family.ToString().ToLowerInvariant();

    // date ± number or interval stays a date; anything else that is arithmetic is a number.
    private static ValueFamily Arithmetic(ValueFamily left) =>
        left is ValueFamily.DateTime or ValueFamily.Time or ValueFamily.Unknown ? left : ValueFamily.Number;

    private static ValueFamily Of(StaticType type) => type switch
    {
        StaticType.Integer or StaticType.Decimal or StaticType.Double => ValueFamily.Number,
        StaticType.String => ValueFamily.String,
        StaticType.Boolean => ValueFamily.Boolean,
        StaticType.Date or StaticType.Timestamp => ValueFamily.DateTime,
        StaticType.Time => ValueFamily.Time,
        StaticType.Interval => ValueFamily.Interval,
        StaticType.Binary => ValueFamily.Binary,
        _ => ValueFamily.Unknown,
    };

    // Never the literal itself: messages must not echo values from the query.
    private static string Describe(Expression expression) => expression switch
    {
        ColumnReference column => "column " + string.Join('.', column.Parts.Select(p => p.Name)),
        NumberLiteral => "a number",
        _ when Literals.IsConstant(expression) => "a literal",
        _ => "an expression",
    };
}
