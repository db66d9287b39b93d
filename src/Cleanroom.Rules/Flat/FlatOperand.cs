using Cleanroom.Rules.Checking;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Rules.Flat;

/// <summary>The parts of an operand AGGREGATION and LIST treat alike: constants, arithmetic and signs pass; CASE and subqueries never do.</summary>
internal static class FlatOperand
{
    /// <summary>True when the node was handled here (its parts passed to <paramref name="operand"/>); false when the rule must decide.</summary>
    public static bool Common(Expression expression, Action<Expression> operand, Violations violations, string rule, string kind)
    {
        switch (expression)
        {
            case DatePartLiteral:
            case var constant when Literals.IsConstant(constant):
                return true;
            case BinaryExpression binary when Operators.IsArithmetic(binary.Operator) || binary.Operator == BinaryOperator.Concat:
                operand(binary.Left);
                operand(binary.Right);
                return true;
            case UnaryExpression { Operator: UnaryOperator.Negate or UnaryOperator.Plus } sign:
                operand(sign.Operand);
                return true;
            case CaseExpression:
                violations.Add(rule, $"CASE expressions are not allowed in {kind} queries", expression);
                return true;
            case ScalarSubquery or ExistsExpression or InSubqueryExpression:
                violations.Add(rule, $"subqueries are not allowed in {kind} queries", expression);
                return true;
            default:
                return false;
        }
    }
}
