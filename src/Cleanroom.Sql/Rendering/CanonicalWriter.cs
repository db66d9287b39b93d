using System.Globalization;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Parsing;

namespace Cleanroom.Sql.Rendering;

/// <summary>Writes a tree back in the Cleanroom dialect, in one canonical spelling that re-parses to an equal tree.</summary>
internal sealed class CanonicalWriter(bool unqualifiedColumns = false) : SqlWriter
{
    public override void Identifier(Identifier identifier)
    {
        var name = identifier.Name;
        if (IsPlainName(name))
            Append(name);
        else
            Append("`" + name.Replace("`", "``", StringComparison.Ordinal) + "`");
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0
        && (char.IsAsciiLetterLower(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
        && !Keywords.Reserved.Contains(name)
        && !Keywords.Statements.Contains(name);

    // Backslashes are escaped because the dialect reads Spark backslash escapes in strings.
    protected override void StringValue(string value) =>
        Append("'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'");

    public override void Expression(Expression expression)
    {
        if (unqualifiedColumns && expression is ColumnReference column)
            Identifier(column.Column);
        else
            base.Expression(expression);
    }

    protected override void Function(FunctionCall call)
    {
        Append(call.Name.Name);
        Append('(');
        if (call.Distinct)
            Append("DISTINCT ");
        if (call.Star)
            Append('*');
        ExpressionList(call.Arguments);
        Append(')');
        if (call.Over is not null)
            Window(call.Over);
    }

    protected override void Cast(CastExpression cast)
    {
        Append(cast.Try ? "TRY_CAST(" : "CAST(");
        Expression(cast.Value);
        Append(" AS ");
        TypeName(cast.Type);
        Append(')');
    }

    private void TypeName(TypeName type)
    {
        Append(type.Kind switch
        {
            SqlTypeKind.String => "STRING",
            SqlTypeKind.Varchar => "VARCHAR",
            SqlTypeKind.Char => "CHAR",
            SqlTypeKind.TinyInt => "TINYINT",
            SqlTypeKind.SmallInt => "SMALLINT",
            SqlTypeKind.Int => "INT",
            SqlTypeKind.BigInt => "BIGINT",
            SqlTypeKind.Float => "FLOAT",
            SqlTypeKind.Double => "DOUBLE",
            SqlTypeKind.Decimal => "DECIMAL",
            SqlTypeKind.Boolean => "BOOLEAN",
            SqlTypeKind.Date => "DATE",
            SqlTypeKind.Timestamp => "TIMESTAMP",
            SqlTypeKind.TimestampNtz => "TIMESTAMP_NTZ",
            SqlTypeKind.Time => "TIME",
            _ => "BINARY",
        });
        if (type.Length is { } length)
        {
            Append('(');
            Append(length.ToString(CultureInfo.InvariantCulture));
            if (type.Scale is { } scale)
                Append(", " + scale.ToString(CultureInfo.InvariantCulture));
            Append(')');
        }
    }

    protected override void Extract(ExtractExpression extract)
    {
        Append("EXTRACT(");
        Append(DateParts.Name(extract.Field));
        Append(" FROM ");
        Expression(extract.Value);
        Append(')');
    }

    protected override void Interval(IntervalLiteral interval)
    {
        Append("INTERVAL");
        foreach (var part in interval.Parts)
        {
            Append(' ');
            StringValue(part.Quantity);
            Append(' ');
            Append(DateParts.Name(part.Unit));
        }
    }

    // Quoted, because only a quoted part is read as a date part in every position (TRUNC(d, 'month')).
    protected override void DatePartName(DatePartLiteral part) => StringValue(DateParts.Name(part.Part));

    protected override void Binary(BinaryExpression binary)
    {
        Operand(binary.Left);
        Append(' ');
        Append(OperatorText(binary.Operator));
        Append(' ');
        Operand(binary.Right);
    }

    protected override void ParameterReference(Parameter parameter) => Append(":" + parameter.Name);

    protected override void Like(LikeExpression like)
    {
        Operand(like.Value);
        Append(like.Negated ? " NOT " : " ");
        Append(like.CaseInsensitive ? "ILIKE " : "LIKE ");
        Operand(like.Pattern);
        if (like.Escape is not null)
        {
            Append(" ESCAPE ");
            Operand(like.Escape);
        }
    }

    protected override void RegexMatch(RegexMatchExpression match)
    {
        Operand(match.Value);
        Append(match.Negated ? " NOT RLIKE " : " RLIKE ");
        Operand(match.Pattern);
    }

    protected override void SelectCore(SelectCore select, bool outermost)
    {
        Append("SELECT ");
        if (select.Distinct)
            Append("DISTINCT ");
        if (select.Top is not null)
        {
            Append("TOP ");
            Operand(select.Top);
            Append(' ');
        }
        SelectList(select);
        SelectClauses(select);
    }

    protected override string JoinKeyword(Join join) => join.Kind switch
    {
        JoinKind.Inner => "JOIN",
        JoinKind.Left => "LEFT JOIN",
        JoinKind.Right => "RIGHT JOIN",
        JoinKind.Full => "FULL JOIN",
        JoinKind.Cross => "CROSS JOIN",
        JoinKind.LeftSemi => "LEFT SEMI JOIN",
        _ => "LEFT ANTI JOIN",
    };

    protected override void OrderItem(OrderItem item)
    {
        Expression(item.Expression);
        if (item.Direction is { } direction)
            Append(direction == SortDirection.Ascending ? " ASC" : " DESC");
        if (item.Nulls is { } nulls)
            Append(nulls == NullOrdering.NullsFirst ? " NULLS FIRST" : " NULLS LAST");
    }
}
