using System.Globalization;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Functions;

namespace Cleanroom.Sql.Rendering;

/// <summary>
/// Writes DuckDB SQL with Spark semantics. Identifiers are always quoted and literals always escaped, so no part of
/// the output comes verbatim from user text. Output size is linear in the tree: a template that needs an argument
/// more than once binds non-trivial arguments once through a lambda instead of copying them.
/// </summary>
internal sealed class DuckDbWriter(RenderOptions options) : SqlWriter
{
    private readonly ValueTypes types = new(options.ColumnType);

    public StaticType TypeOf(Expression expression) => types.Of(expression);

    public override void Identifier(Identifier identifier) =>
        Append("\"" + identifier.Name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");

    protected override void StringValue(string value) =>
        Append("'" + value.Replace("'", "''", StringComparison.Ordinal) + "'");

    public void Literal(string value) => StringValue(value);

    protected override void ParameterReference(Parameter parameter) =>
        throw new InvalidOperationException("the query has an unbound parameter; bind parameters before rendering");

    protected override void DatePartName(DatePartLiteral part) => StringValue(DuckDbPartName(part.Part));

    public static string DuckDbPartName(DatePart part) => part switch
    {
        DatePart.DayOfWeek => "dow",
        DatePart.DayOfWeekIso => "isodow",
        DatePart.DayOfYear => "doy",
        DatePart.Millisecond => "milliseconds",
        DatePart.Microsecond => "microseconds",
        _ => part.ToString().ToLowerInvariant(),
    };

    protected override void Interval(IntervalLiteral interval)
    {
        if (interval.Parts.Count > 1)
            Append('(');
        for (var i = 0; i < interval.Parts.Count; i++)
        {
            if (i > 0)
                Append(" + ");
            var part = interval.Parts[i];
            var quantity = long.Parse(part.Quantity, CultureInfo.InvariantCulture);
            var (amount, unit) = part.Unit == Ast.DatePart.Quarter ? (quantity * 3, "month") : (quantity, DuckDbPartName(part.Unit));
            Append("INTERVAL ");
            StringValue(amount.ToString(CultureInfo.InvariantCulture) + " " + unit);
        }
        if (interval.Parts.Count > 1)
            Append(')');
    }

    // Non-null while writing a clause evaluated after grouping (the select list, HAVING and ORDER BY of an aggregating
    // SELECT): the group keys, which are written exactly as in GROUP BY so that DuckDB matches them.
    private IReadOnlyList<Expression>? groupKeys;

    /// <summary>
    /// Arithmetic and scalar functions over columns answer NULL where DuckDB would raise (overflow, a date out of range,
    /// input a function rejects), as Spark does without ANSI mode. An error that depends on data would tell the runner
    /// something about rows it may not see, one query at a time (peers-and-attacks B.6a). After grouping, only group
    /// keys and aggregate arguments are guarded: the rest is computed from surviving groups alone, and DuckDB cannot
    /// bind <c>try()</c> around a grouped column there.
    /// </summary>
    public override void Expression(Expression expression)
    {
        if (groupKeys is { } keys)
        {
            if (keys.Contains(expression) || expression is FunctionCall call && FunctionCatalog.IsAggregateCall(call))
                WithGroupKeys(null, () => Expression(expression));
            else
                base.Expression(expression);
            return;
        }

        if (!MayRaise(expression) || !TryScope.Admits(expression))
        {
            base.Expression(expression);
            return;
        }

        Append("try(");
        base.Expression(expression);
        Append(')');
    }

    public override void Query(Query query, bool outermost = false) =>
        WithGroupKeys(null, () => base.Query(query, outermost));

    protected override void OrderBy(Query query) =>
        WithGroupKeys(query.Body is SelectCore select ? KeysAfterGrouping(select) : null, () => base.OrderBy(query));

    protected override void Having(SelectCore select) =>
        WithGroupKeys(KeysAfterGrouping(select), () => base.Having(select));

    private void WithGroupKeys(IReadOnlyList<Expression>? keys, Action write)
    {
        var outer = groupKeys;
        groupKeys = keys;
        try
        {
            write();
        }
        finally
        {
            groupKeys = outer;
        }
    }

    /// <summary>Null when the SELECT does not aggregate; else its GROUP BY keys, ordinals and aliases resolved to the items.</summary>
    private static List<Expression>? KeysAfterGrouping(SelectCore select)
    {
        var items = select.Items.OfType<ExpressionItem>().ToList();
        if (select.GroupBy.Count == 0 && select.Having is null && !items.Any(i => TryScope.Aggregates(i.Expression)))
            return null;
        var keys = new List<Expression>();
        foreach (var key in select.GroupBy)
        {
            keys.Add(key);
            if (key is NumberLiteral ordinal && int.TryParse(ordinal.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                && position >= 1 && position <= select.Items.Count && select.Items[position - 1] is ExpressionItem byOrdinal)
                keys.Add(byOrdinal.Expression);
            if (key is ColumnReference { Parts.Count: 1 } name)
                keys.AddRange(items.Where(i => i.Alias is { } alias && string.Equals(alias.Name, name.Parts[0].Name, StringComparison.OrdinalIgnoreCase)).Select(i => i.Expression));
        }
        return keys;
    }

    private static bool MayRaise(Expression expression) => expression switch
    {
        BinaryExpression binary => IsArithmetic(binary.Operator),
        UnaryExpression unary => unary.Operator == UnaryOperator.Negate,
        FunctionCall call => call.Over is null && !call.Star && !FunctionCatalog.IsAggregate(call.Name.Name),
        _ => false,
    };

    protected override void Binary(BinaryExpression binary)
    {
        if (IsArithmetic(binary.Operator) && (TypeOf(binary.Left) == StaticType.String || TypeOf(binary.Right) == StaticType.String))
        {
            // Spark (non-ANSI) reads a string operand of arithmetic as DOUBLE, NULL when it is not a number; DuckDB would not bind it.
            Binary(binary with { Left = AsDouble(binary.Left), Right = AsDouble(binary.Right) });
            return;
        }

        switch (binary.Operator)
        {
            case BinaryOperator.Divide:
                Wrap(binary.Left, " / nullif(", binary.Right, ", 0))");
                return;
            case BinaryOperator.Modulo:
                Wrap(binary.Left, " % nullif(", binary.Right, ", 0))");
                return;
            case BinaryOperator.IntegerDivide when TypeOf(binary.Left) == StaticType.Integer && TypeOf(binary.Right) == StaticType.Integer:
                Wrap(binary.Left, " // nullif(", binary.Right, ", 0))");
                return;
            case BinaryOperator.IntegerDivide:
                Append("CAST(trunc");
                Wrap(binary.Left, " / nullif(", binary.Right, ", 0))");
                Append(" AS BIGINT)");
                return;
            case BinaryOperator.Add or BinaryOperator.Subtract when KeepsDate(binary):
                Append("CAST(");
                Wrap(binary.Left, binary.Operator == BinaryOperator.Add ? " + " : " - ", binary.Right, ")");
                Append(" AS DATE)");
                return;
        }
        Wrap(binary.Left, " " + OperatorText(binary.Operator) + " ", binary.Right, ")");
    }

    private static bool IsArithmetic(BinaryOperator op) =>
        op is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide
            or BinaryOperator.Modulo or BinaryOperator.IntegerDivide;

    private Expression AsDouble(Expression operand) =>
        TypeOf(operand) == StaticType.String ? new CastExpression(operand, new TypeName(SqlTypeKind.Double, null, null), true) { Position = operand.Position } : operand;

    // Spark keeps DATE ± INTERVAL of whole days/months a DATE; DuckDB would widen it to TIMESTAMP.
    private bool KeepsDate(BinaryExpression binary) =>
        binary.Right is IntervalLiteral interval
        && interval.Parts.All(p => p.Unit is Ast.DatePart.Year or Ast.DatePart.Quarter or Ast.DatePart.Month or Ast.DatePart.Week or Ast.DatePart.Day)
        && TypeOf(binary.Left) == StaticType.Date;

    private void Wrap(Expression left, string middle, Expression right, string end)
    {
        Append('(');
        Operand(left);
        Append(middle);
        Operand(right);
        Append(end);
    }

    protected override void Like(LikeExpression like)
    {
        Operand(like.Value);
        Append(like.Negated ? " NOT " : " ");
        Append(like.CaseInsensitive ? "ILIKE " : "LIKE ");
        Operand(like.Pattern);
        Append(" ESCAPE ");
        if (like.Escape is null)
            StringValue("\\");
        else
            Operand(like.Escape);
    }

    protected override void RegexMatch(RegexMatchExpression match)
    {
        if (match.Negated)
            Append("NOT ");
        Append("regexp_matches(");
        Expression(match.Value);
        Append(", ");
        Expression(match.Pattern);
        Append(')');
    }

    protected override void SelectCore(SelectCore select, bool outermost)
    {
        Append("SELECT ");
        if (select.Distinct)
            Append("DISTINCT ");
        WithGroupKeys(KeysAfterGrouping(select), () =>
        {
            if (outermost && options.NameOutputColumns)
            {
                var names = OutputColumns.Of(select);
                SelectList(select, i => select.Items[i] is ExpressionItem { Alias: null } ? new Identifier(names[i]) : null);
            }
            else
                SelectList(select);
        });
        SelectClauses(select);
    }

    protected override void Limits(Query query)
    {
        if (query.Body is SelectCore { Top: { } top })
        {
            Append(" LIMIT ");
            Expression(top);
        }
        base.Limits(query);
    }

    protected override void SetOperand(QueryBody operand, bool outermost, bool parenthesize)
    {
        if (operand is SelectCore { Top: { } top })
        {
            Append('(');
            Body(operand, outermost, null);
            Append(" LIMIT ");
            Expression(top);
            Append(')');
        }
        else
            base.SetOperand(operand, outermost, parenthesize);
    }

    protected override string JoinKeyword(Join join) => join.Kind switch
    {
        JoinKind.Inner when join.Condition is null => "CROSS JOIN",
        JoinKind.Inner => "INNER JOIN",
        JoinKind.Left => "LEFT JOIN",
        JoinKind.Right => "RIGHT JOIN",
        JoinKind.Full => "FULL JOIN",
        JoinKind.Cross => "CROSS JOIN",
        JoinKind.LeftSemi => "SEMI JOIN",
        _ => "ANTI JOIN",
    };

    // Spark sorts NULLs first when ascending and last when descending; DuckDB's default differs, so say it.
    protected override void OrderItem(OrderItem item)
    {
        Expression(item.Expression);
        var descending = item.Direction == SortDirection.Descending;
        Append(descending ? " DESC" : " ASC");
        var nullsFirst = item.Nulls is { } nulls ? nulls == NullOrdering.NullsFirst : !descending;
        Append(nullsFirst ? " NULLS FIRST" : " NULLS LAST");
    }

    protected override void Cast(CastExpression cast)
    {
        var target = DuckDbType(cast.Type);
        var integral = cast.Type.Kind is SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Int or SqlTypeKind.BigInt;
        var source = TypeOf(cast.Value);
        // Spark (non-ANSI) gives NULL for an impossible cast and truncates fractions towards zero; DuckDB rounds.
        Append("TRY_CAST(");
        if (integral && source is not (StaticType.Integer or StaticType.Boolean))
        {
            Append("trunc(");
            if (source is StaticType.Decimal or StaticType.Double)
                Expression(cast.Value);
            else
            {
                Append("TRY_CAST(");
                Expression(cast.Value);
                Append(" AS DECIMAL(38, 9))");
            }
            Append(')');
        }
        else
            Expression(cast.Value);
        Append(" AS ");
        Append(target);
        Append(')');
    }

    public static string DuckDbType(TypeName type) => type.Kind switch
    {
        SqlTypeKind.String or SqlTypeKind.Varchar or SqlTypeKind.Char => "VARCHAR",
        SqlTypeKind.TinyInt => "TINYINT",
        SqlTypeKind.SmallInt => "SMALLINT",
        SqlTypeKind.Int => "INTEGER",
        SqlTypeKind.BigInt => "BIGINT",
        SqlTypeKind.Float => "FLOAT",
        SqlTypeKind.Double => "DOUBLE",
        SqlTypeKind.Decimal => string.Create(CultureInfo.InvariantCulture, $"DECIMAL({type.Length ?? 10}, {type.Scale ?? 0})"),
        SqlTypeKind.Boolean => "BOOLEAN",
        SqlTypeKind.Date => "DATE",
        SqlTypeKind.Timestamp or SqlTypeKind.TimestampNtz => "TIMESTAMP",
        SqlTypeKind.Time => "TIME",
        _ => "BLOB",
    };

    protected override void Extract(ExtractExpression extract) => DateField(extract.Field, extract.Value);

    public void DateField(DatePart field, Expression value)
    {
        switch (field)
        {
            case Ast.DatePart.DayOfWeek:
                Append("(date_part('dow', ");
                Temporal(value);
                Append(") + 1)");
                break;
            case Ast.DatePart.Second:
                Append("CAST(date_part('microseconds', ");
                Temporal(value);
                Append(") / 1000000 AS DECIMAL(8, 6))");
                break;
            default:
                Append("date_part(");
                StringValue(DuckDbPartName(field));
                Append(", ");
                Temporal(value);
                Append(')');
                break;
        }
    }

    /// <summary>Writes a datetime operand; strings and unknown types are read as timestamps (NULL when they are not).</summary>
    public void Temporal(Expression value)
    {
        if (TypeOf(value) is StaticType.Date or StaticType.Timestamp or StaticType.Time)
        {
            Expression(value);
            return;
        }
        Append("TRY_CAST(");
        Expression(value);
        Append(" AS TIMESTAMP)");
    }

    protected override void Function(FunctionCall call)
    {
        var function = FunctionCatalog.TryGet(call.Name.Name, out var entry)
            ? entry
            : throw new InvalidOperationException("the query calls a function outside the catalogue");
        if (call.Star)
            Append("count(*)");
        else if (function.Special is null || !function.Special(call, this))
        {
            var template = function.Templates.TryGetValue(call.Arguments.Count, out var specific)
                ? specific
                : function.Template ?? throw new InvalidOperationException($"no DuckDB form for {function.Name}/{call.Arguments.Count}");
            Template(template, call.Arguments, call.Distinct);
        }
        if (call.Over is not null)
            Window(call.Over);
    }

    /// <summary>
    /// Expands a template: <c>{n}</c> is argument n, <c>{*}</c> all arguments, <c>{||}</c> all joined by <c>||</c>.
    /// </summary>
    public void Template(string template, IReadOnlyList<Expression> arguments, bool distinct = false)
    {
        var uses = new int[arguments.Count];
        CountUses(template, uses);
        var bind = Enumerable.Range(0, arguments.Count).Any(i => uses[i] > 1 && !IsTrivial(arguments[i]));
        if (!bind)
        {
            Expand(template, i => Expression(arguments[i]), arguments.Count, distinct);
            return;
        }
        Append("list_transform([{");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
                Append(", ");
            Append(string.Create(CultureInfo.InvariantCulture, $"'a{i}': "));
            Expression(arguments[i]);
        }
        Append("}], lambda cr_let: ");
        Expand(template, i => Append(string.Create(CultureInfo.InvariantCulture, $"cr_let.a{i}")), arguments.Count, distinct);
        Append(")[1]");
    }

    private static bool IsTrivial(Expression expression) =>
        expression is NumberLiteral or StringLiteral or BooleanLiteral or NullLiteral or TemporalLiteral or ColumnReference
            or DatePartLiteral;

    private static void CountUses(string template, int[] uses)
    {
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
                continue;
            var end = template.IndexOf('}', i);
            var token = template.AsSpan(i + 1, end - i - 1);
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                uses[index]++;
            else if (token is "*" or "||")
            {
                for (var j = 0; j < uses.Length; j++)
                    uses[j]++;
            }
            i = end;
        }
    }

    private void Expand(string template, Action<int> argument, int count, bool distinct)
    {
        var first = true;
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c != '{' || (i + 1 < template.Length && template[i + 1] == '\''))
            {
                Append(c);
                i++;
                continue;
            }
            var end = template.IndexOf('}', i);
            var token = template.AsSpan(i + 1, end - i - 1);
            if (first && distinct)
                Append("DISTINCT ");
            first = false;
            if (token is "*")
                Joined(argument, count, ", ");
            else if (token is "||")
            {
                if (count == 1)
                {
                    Append("CAST(");
                    argument(0);
                    Append(" AS VARCHAR)");
                }
                else
                {
                    Append('(');
                    Joined(argument, count, " || ");
                    Append(')');
                }
            }
            else
                argument(int.Parse(token, NumberStyles.None, CultureInfo.InvariantCulture));
            i = end + 1;
        }
    }

    private void Joined(Action<int> argument, int count, string separator)
    {
        for (var j = 0; j < count; j++)
        {
            if (j > 0)
                Append(separator);
            argument(j);
        }
    }
}
