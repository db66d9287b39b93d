using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;


namespace Cleanroom.Sql.Rendering;

/// <summary>Infers the coarse static type of an expression from literals, casts, operators, functions and known columns.</summary>
internal sealed class ValueTypes(Func<ColumnReference, StaticType>? columnType)
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
        ColumnReference column => columnType?.Invoke(column) ?? StaticType.Unknown,
        UnaryExpression { Operator: UnaryOperator.Not } => StaticType.Boolean,
        UnaryExpression unary => Of(unary.Operand),
        BinaryExpression binary => Binary(binary),
        BetweenExpression or InListExpression or InSubqueryExpression or LikeExpression or RegexMatchExpression
            or IsNullExpression or IsBooleanExpression or IsDistinctFromExpression or ExistsExpression => StaticType.Boolean,
        CaseExpression caseExpression => caseExpression.Whens.Select(w => Of(w.Result))
            .Append(caseExpression.Else is null ? StaticType.Unknown : Of(caseExpression.Else))
            .FirstOrDefault(t => t != StaticType.Unknown),
        CastExpression cast => Of(cast.Type),
        ExtractExpression extract => extract.Field is DatePart.Second or DatePart.Epoch ? StaticType.Decimal : StaticType.Integer,
        FunctionCall call => Function(call),
        _ => StaticType.Unknown,
    };

    public static StaticType Of(TypeName type) => type.Kind switch
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
    };

    private StaticType Binary(BinaryExpression binary)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.Concat:
                return StaticType.String;
            case BinaryOperator.Divide:
                return StaticType.Double;
            case BinaryOperator.IntegerDivide:
                return StaticType.Integer;
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Modulo:
                var left = Of(binary.Left);
                var right = Of(binary.Right);
                if (left is StaticType.Date or StaticType.Timestamp)
                    return right == StaticType.Interval ? StaticType.Timestamp : left;
                return Numeric(left, right);
            default:
                return StaticType.Boolean;
        }
    }

    private static StaticType Numeric(StaticType left, StaticType right)
    {
        if (left == StaticType.Double || right == StaticType.Double)
            return StaticType.Double;
        if (left == StaticType.Unknown || right == StaticType.Unknown)
            return StaticType.Unknown;
        if (left == StaticType.Decimal || right == StaticType.Decimal)
            return StaticType.Decimal;
        return left == StaticType.Integer && right == StaticType.Integer ? StaticType.Integer : StaticType.Unknown;
    }

    private StaticType Function(FunctionCall call)
    {
        if (!FunctionCatalog.TryGet(call.Name.Name, out var function))
            return StaticType.Unknown;
        if (function.ResultFromArgument is { } index && index < call.Arguments.Count)
        {
            var argumentType = Of(call.Arguments[index]);
            return function.Name == "sum" && argumentType == StaticType.Boolean ? StaticType.Unknown : argumentType;
        }
        return function.Result;
    }
}
