using System.Text;
using Cleanroom.Sql.Ast;

namespace Cleanroom.Sql.Rendering;

/// <summary>
/// The shared shape of SQL output: clauses, joins, windows and the expression forms that read the same in the
/// Cleanroom dialect and in DuckDB. Subclasses decide identifiers, literals, casts, functions and operators.
/// Nested operands are always parenthesised, so output never depends on operator precedence.
/// </summary>
internal abstract class SqlWriter
{
    protected StringBuilder Output { get; } = new();

    public void Append(string text) => Output.Append(text);

    public void Append(char c) => Output.Append(c);

    public override string ToString() => Output.ToString();

    public abstract void Identifier(Identifier identifier);

    protected abstract void StringValue(string value);

    protected abstract void Function(FunctionCall call);

    protected abstract void Cast(CastExpression cast);

    protected abstract void Extract(ExtractExpression extract);

    protected abstract void Interval(IntervalLiteral interval);

    protected abstract void Binary(BinaryExpression binary);

    protected abstract void ParameterReference(Parameter parameter);

    protected abstract void Like(LikeExpression like);

    protected abstract void RegexMatch(RegexMatchExpression match);

    protected abstract void SelectCore(SelectCore select, bool outermost);

    protected abstract string JoinKeyword(Join join);

    protected abstract void OrderItem(OrderItem item);

    protected abstract void DatePartName(DatePartLiteral part);

    public virtual void Query(Query query, bool outermost = false)
    {
        if (query.With.Count > 0)
        {
            Append("WITH ");
            for (var i = 0; i < query.With.Count; i++)
            {
                if (i > 0)
                    Append(", ");
                var cte = query.With[i];
                Identifier(cte.Name);
                if (cte.Columns.Count > 0)
                    NameList(cte.Columns);
                Append(" AS (");
                Query(cte.Query);
                Append(')');
            }
            Append(' ');
        }
        Body(query.Body, outermost, query);
        OrderBy(query);
        Limits(query);
    }

    protected virtual void OrderBy(Query query)
    {
        if (query.OrderBy.Count > 0)
        {
            Append(" ORDER BY ");
            OrderItems(query.OrderBy);
        }
    }

    protected virtual void Limits(Query query)
    {
        if (query.Limit is not null)
        {
            Append(" LIMIT ");
            Expression(query.Limit);
        }
        if (query.Offset is not null)
        {
            Append(" OFFSET ");
            Expression(query.Offset);
        }
    }

    protected virtual void Body(QueryBody body, bool outermost, Query? owner)
    {
        switch (body)
        {
            case SelectCore select:
                SelectCore(select, outermost);
                break;
            case NestedQuery nested:
                Append('(');
                Query(nested.Query, outermost);
                Append(')');
                break;
            case SetOperation set:
                SetOperand(set.Left, outermost, NeedsParentheses(set, set.Left, right: false));
                Append(set.Operator switch
                {
                    SetOperator.Union => " UNION ",
                    SetOperator.Intersect => " INTERSECT ",
                    _ => " EXCEPT ",
                });
                if (set.All)
                    Append("ALL ");
                SetOperand(set.Right, false, NeedsParentheses(set, set.Right, right: true));
                break;
        }
    }

    // INTERSECT binds tighter than UNION/EXCEPT and all are left-associative; parenthesise only against that.
    private static bool NeedsParentheses(SetOperation parent, QueryBody operand, bool right) =>
        operand is SetOperation child
        && (parent.Operator == SetOperator.Intersect ? child.Operator != SetOperator.Intersect || right : right && child.Operator != SetOperator.Intersect);

    protected virtual void SetOperand(QueryBody operand, bool outermost, bool parenthesize)
    {
        if (parenthesize)
        {
            Append('(');
            Body(operand, outermost, null);
            Append(')');
        }
        else
            Body(operand, outermost, null);
    }

    protected void SelectList(SelectCore select, Func<int, Identifier?>? impliedAlias = null)
    {
        for (var i = 0; i < select.Items.Count; i++)
        {
            if (i > 0)
                Append(", ");
            switch (select.Items[i])
            {
                case StarItem star:
                    if (star.Qualifier is not null)
                    {
                        ObjectName(star.Qualifier);
                        Append('.');
                    }
                    Append('*');
                    break;
                case ExpressionItem item:
                    Expression(item.Expression);
                    if ((item.Alias ?? impliedAlias?.Invoke(i)) is { } alias)
                    {
                        Append(" AS ");
                        Identifier(alias);
                    }
                    break;
            }
        }
    }

    protected void SelectClauses(SelectCore select)
    {
        if (select.From.Count > 0)
        {
            Append(" FROM ");
            for (var i = 0; i < select.From.Count; i++)
            {
                if (i > 0)
                    Append(", ");
                TableReference(select.From[i]);
            }
        }
        if (select.Where is not null)
        {
            Append(" WHERE ");
            Expression(select.Where);
        }
        if (select.GroupBy.Count > 0)
        {
            Append(" GROUP BY ");
            ExpressionList(select.GroupBy);
        }
        if (select.Having is not null)
        {
            Append(" HAVING ");
            Having(select);
        }
    }

    protected virtual void Having(SelectCore select) => Expression(select.Having!);

    protected void TableReference(TableReference table)
    {
        switch (table)
        {
            case NamedTable named:
                ObjectName(named.Name);
                Alias(named.Alias);
                break;
            case DerivedTable derived:
                Append('(');
                Query(derived.Query);
                Append(')');
                Alias(derived.Alias);
                if (derived.ColumnAliases.Count > 0)
                    NameList(derived.ColumnAliases);
                break;
            case Join join:
                TableReference(join.Left);
                Append(' ');
                Append(JoinKeyword(join));
                Append(' ');
                if (join.Right is Join)
                {
                    Append('(');
                    TableReference(join.Right);
                    Append(')');
                }
                else
                    TableReference(join.Right);
                switch (join.Condition)
                {
                    case OnCondition on:
                        Append(" ON ");
                        Expression(on.Condition);
                        break;
                    case UsingCondition usingCondition:
                        Append(" USING ");
                        NameList(usingCondition.Columns);
                        break;
                }
                break;
        }
    }

    private void Alias(Identifier? alias)
    {
        if (alias is null)
            return;
        Append(" AS ");
        Identifier(alias);
    }

    public void ObjectName(ObjectName name)
    {
        for (var i = 0; i < name.Parts.Count; i++)
        {
            if (i > 0)
                Append('.');
            Identifier(name.Parts[i]);
        }
    }

    protected void NameList(SyntaxList<Identifier> names)
    {
        Append('(');
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0)
                Append(", ");
            Identifier(names[i]);
        }
        Append(')');
    }

    protected void OrderItems(SyntaxList<OrderItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
                Append(", ");
            OrderItem(items[i]);
        }
    }

    public void ExpressionList(IReadOnlyList<Expression> expressions)
    {
        for (var i = 0; i < expressions.Count; i++)
        {
            if (i > 0)
                Append(", ");
            Expression(expressions[i]);
        }
    }

    /// <summary>Writes an expression that is an operand of another: compound forms get parentheses.</summary>
    public void Operand(Expression expression)
    {
        var atomic = expression is NumberLiteral or StringLiteral or BooleanLiteral or NullLiteral or TemporalLiteral
            or ColumnReference or Parameter or FunctionCall or CastExpression or ExtractExpression or ScalarSubquery
            or CaseExpression or DatePartLiteral;
        if (atomic)
        {
            Expression(expression);
            return;
        }
        Append('(');
        Expression(expression);
        Append(')');
    }

    public virtual void Expression(Expression expression)
    {
        switch (expression)
        {
            case NumberLiteral number:
                Append(number.Text);
                break;
            case StringLiteral text:
                StringValue(text.Value);
                break;
            case BooleanLiteral boolean:
                Append(boolean.Value ? "TRUE" : "FALSE");
                break;
            case NullLiteral:
                Append("NULL");
                break;
            case TemporalLiteral temporal:
                Append(temporal.Kind switch
                {
                    TemporalKind.Date => "DATE ",
                    TemporalKind.Time => "TIME ",
                    _ => "TIMESTAMP ",
                });
                StringValue(temporal.Value);
                break;
            case IntervalLiteral interval:
                Interval(interval);
                break;
            case DatePartLiteral part:
                DatePartName(part);
                break;
            case ColumnReference column:
                for (var i = 0; i < column.Parts.Count; i++)
                {
                    if (i > 0)
                        Append('.');
                    Identifier(column.Parts[i]);
                }
                break;
            case Parameter parameter:
                ParameterReference(parameter);
                break;
            case UnaryExpression unary:
                Append(unary.Operator switch
                {
                    UnaryOperator.Negate => "-",
                    UnaryOperator.Plus => "+",
                    _ => "NOT ",
                });
                Operand(unary.Operand);
                break;
            case BinaryExpression binary:
                Binary(binary);
                break;
            case BetweenExpression between:
                Operand(between.Value);
                Append(between.Negated ? " NOT BETWEEN " : " BETWEEN ");
                Operand(between.Low);
                Append(" AND ");
                Operand(between.High);
                break;
            case InListExpression inList:
                Operand(inList.Value);
                Append(inList.Negated ? " NOT IN (" : " IN (");
                ExpressionList(inList.Items);
                Append(')');
                break;
            case InSubqueryExpression inQuery:
                Operand(inQuery.Value);
                Append(inQuery.Negated ? " NOT IN (" : " IN (");
                Query(inQuery.Query);
                Append(')');
                break;
            case LikeExpression like:
                Like(like);
                break;
            case RegexMatchExpression match:
                RegexMatch(match);
                break;
            case IsNullExpression isNull:
                Operand(isNull.Value);
                Append(isNull.Negated ? " IS NOT NULL" : " IS NULL");
                break;
            case IsBooleanExpression isBoolean:
                Operand(isBoolean.Value);
                Append(isBoolean.Negated ? " IS NOT " : " IS ");
                Append(isBoolean.Expected ? "TRUE" : "FALSE");
                break;
            case IsDistinctFromExpression distinct:
                Operand(distinct.Left);
                Append(distinct.Negated ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ");
                Operand(distinct.Right);
                break;
            case CaseExpression caseExpression:
                Case(caseExpression);
                break;
            case CastExpression cast:
                Cast(cast);
                break;
            case ExtractExpression extract:
                Extract(extract);
                break;
            case ExistsExpression exists:
                Append("EXISTS (");
                Query(exists.Query);
                Append(')');
                break;
            case ScalarSubquery subquery:
                Append('(');
                Query(subquery.Query);
                Append(')');
                break;
            case FunctionCall call:
                Function(call);
                break;
            default:
                throw new InvalidOperationException($"unexpected expression node {expression.GetType().Name}");
        }
    }

    private void Case(CaseExpression caseExpression)
    {
        Append("CASE");
        if (caseExpression.Operand is not null)
        {
            Append(' ');
            Operand(caseExpression.Operand);
        }
        foreach (var when in caseExpression.Whens)
        {
            Append(" WHEN ");
            Expression(when.Condition);
            Append(" THEN ");
            Expression(when.Result);
        }
        if (caseExpression.Else is not null)
        {
            Append(" ELSE ");
            Expression(caseExpression.Else);
        }
        Append(" END");
    }

    protected void Window(WindowSpec window)
    {
        Append(" OVER (");
        var separator = "";
        if (window.PartitionBy.Count > 0)
        {
            Append("PARTITION BY ");
            ExpressionList(window.PartitionBy);
            separator = " ";
        }
        if (window.OrderBy.Count > 0)
        {
            Append(separator);
            Append("ORDER BY ");
            OrderItems(window.OrderBy);
            separator = " ";
        }
        if (window.Frame is { } frame)
        {
            Append(separator);
            Append(frame.Unit == FrameUnit.Rows ? "ROWS BETWEEN " : "RANGE BETWEEN ");
            FrameBound(frame.Start);
            Append(" AND ");
            FrameBound(frame.End);
        }
        Append(')');
    }

    private void FrameBound(FrameBound bound)
    {
        switch (bound.Kind)
        {
            case FrameBoundKind.UnboundedPreceding:
                Append("UNBOUNDED PRECEDING");
                break;
            case FrameBoundKind.UnboundedFollowing:
                Append("UNBOUNDED FOLLOWING");
                break;
            case FrameBoundKind.CurrentRow:
                Append("CURRENT ROW");
                break;
            default:
                Operand(bound.Offset!);
                Append(bound.Kind == FrameBoundKind.Preceding ? " PRECEDING" : " FOLLOWING");
                break;
        }
    }

    protected static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.IntegerDivide => "DIV",
        BinaryOperator.Concat => "||",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "AND",
        _ => "OR",
    };
}
