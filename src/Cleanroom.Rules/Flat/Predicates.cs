using Cleanroom.Rules.Checking;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Rules.Flat;

/// <summary>
/// The WHERE grammar AGGREGATION and LIST share (spec 5.1.2, 5.2.2): comparisons (= &lt;&gt; != &lt; &lt;= &gt; &gt;=),
/// [NOT] IN (list), [NOT] BETWEEN, [NOT] LIKE with a literal pattern, IS [NOT] NULL, combined with AND, OR and NOT.
/// Operands are checked by the rule (which columns, which functions); compared sides must have comparable types.
/// </summary>
internal sealed class Predicates(Violations violations, ValueFamilies families, Action<Expression, Clause> operand, string rule, string kind)
{
    public void Check(Expression predicate, Clause clause)
    {
        switch (predicate)
        {
            case BinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
                Check(logical.Left, clause);
                Check(logical.Right, clause);
                break;
            case UnaryExpression { Operator: UnaryOperator.Not } not:
                Check(not.Operand, clause);
                break;
            case BinaryExpression comparison when Operators.IsComparison(comparison.Operator):
                operand(comparison.Left, clause);
                operand(comparison.Right, clause);
                Comparable(comparison.Left, comparison.Right, comparison);
                break;
            case InListExpression inList:
                operand(inList.Value, clause);
                foreach (var item in inList.Items)
                {
                    operand(item, clause);
                    Comparable(inList.Value, item, item);
                }
                break;
            case BetweenExpression between:
                operand(between.Value, clause);
                operand(between.Low, clause);
                operand(between.High, clause);
                Comparable(between.Value, between.Low, between.Low);
                Comparable(between.Value, between.High, between.High);
                break;
            case LikeExpression like:
                Like(like, clause);
                break;
            case IsNullExpression isNull:
                operand(isNull.Value, clause);
                break;
            case BooleanLiteral:
                break;
            case RegexMatchExpression:
                violations.Add(rule, $"RLIKE and REGEXP are not allowed in {kind} queries", predicate);
                break;
            case InSubqueryExpression or ExistsExpression:
                violations.Add(rule, $"subqueries are not allowed in {kind} queries", predicate);
                break;
            default:
                violations.Add(rule, $"{ClauseNames.Of(clause)} conditions must be comparisons, IN, BETWEEN, LIKE or IS NULL, combined with AND, OR and NOT", predicate);
                break;
        }
    }

    private void Like(LikeExpression like, Clause clause)
    {
        if (like.CaseInsensitive)
            violations.Add(rule, "ILIKE is not allowed: use LIKE", like);
        if (like.Escape is not null)
            violations.Add(rule, "LIKE … ESCAPE is not allowed: the escape character is a backslash", like.Escape);
        // A pattern read from a column could make the match fail with an error on some values only.
        if (like.Pattern is not StringLiteral)
            violations.Add(rule, "the pattern of LIKE must be a string literal", like.Pattern);
        operand(like.Value, clause);
        if (families.Of(like.Value) is not (ValueFamily.String or ValueFamily.Unknown) and var family)
            violations.Add(RuleNames.Types, $"LIKE applies to strings, not to a {ValueFamilies.Name(family)} value: cast it explicitly", like.Value);
    }

    private void Comparable(Expression left, Expression right, SqlNode at)
    {
        if (families.Incomparable(left, right) is { } message)
            violations.Add(RuleNames.Types, message, at);
    }
}
