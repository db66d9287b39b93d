using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Checking;

internal static class Operators
{
    /// <summary>+ - * / % DIV: the operators AGGREGATION and LIST allow over their columns (with ||).</summary>
    public static bool IsArithmetic(BinaryOperator op) =>
        op is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide
            or BinaryOperator.Modulo or BinaryOperator.IntegerDivide;

    public static bool IsComparison(BinaryOperator op) =>
        op is BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual
            or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual;
}
