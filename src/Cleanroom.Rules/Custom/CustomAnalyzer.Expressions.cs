using Cleanroom.Rules.Checking;
using Cleanroom.Rules.Encryption;
using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Rules.Custom;

/// <summary>Expressions: their lineage, name resolution, and the C3R class of every use of a column.</summary>
internal sealed partial class CustomAnalyzer
{
    private void JoinCondition(Expression condition, Context context)
    {
        switch (condition)
        {
            case BinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
                JoinCondition(logical.Left, context);
                JoinCondition(logical.Right, context);
                break;
            case BinaryExpression { Operator: BinaryOperator.Equal, Left: ColumnReference leftReference, Right: ColumnReference rightReference } equality:
                var left = Expression(leftReference, context, ColumnUse.JoinEquality);
                var right = Expression(rightReference, context, ColumnUse.JoinEquality);
                var (leftKind, rightKind) = (left.Origin?.Class ?? EncryptionClass.Cleartext, right.Origin?.Class ?? EncryptionClass.Cleartext);
                var misuse = classes.JoinMisuse(
                    leftKind, left.Origin?.Display ?? Spelled(leftReference), left.Origin?.BaseName,
                    rightKind, right.Origin?.Display ?? Spelled(rightReference), right.Origin?.BaseName);
                if (misuse is not null)
                    violations.Add(ColumnClasses.JoinRuleFor(leftKind, rightKind), misuse, equality);
                break;
            default:
                Expression(condition, context, ColumnUse.Other);
                break;
        }
    }

    /// <summary>The lineage of an expression; <paramref name="bareUse"/> is how it is used if it is a column (or a scalar subquery) passed on unchanged.</summary>
    private ColumnValue Expression(Expression expression, Context context, ColumnUse bareUse, string? place = null)
    {
        place ??= ClauseNames.Of(context.Clause);
        switch (expression)
        {
            case ColumnReference column:
                var value = Resolve(column, context);
                Use(value, bareUse, place, column);
                return value;
            case ScalarSubquery scalar:
                var outputs = AnalyzeQuery(scalar.Query, context.Scope, final: false);
                var result = outputs.Count == 1 ? outputs[0].Value : ColumnValue.Derived(outputs.Select(o => o.Value));
                Use(result, bareUse, place, scalar);
                return result;
            case ExistsExpression exists:
                // EXISTS filters, like WHERE: what its subquery selects does not flow anywhere.
                AnalyzeQuery(exists.Query, context.Scope, final: false);
                return ColumnValue.Empty;
            case InSubqueryExpression inQuery:
                var tested = Expression(inQuery.Value, context, ColumnUse.Other, place);
                var candidates = AnalyzeQuery(inQuery.Query, context.Scope, final: false);
                foreach (var candidate in candidates)
                    Use(candidate.Value, ColumnUse.Other, "IN (subquery)", inQuery);
                return ColumnValue.Derived([tested, .. candidates.Select(c => c.Value)]);
            case FunctionCall call:
                return Call(call, context);
            default:
                return ColumnValue.Derived(SyntaxChildren.Expressions(expression).Select(child => Expression(child, context, ColumnUse.Other, place)).ToList());
        }
    }

    private ColumnValue Call(FunctionCall call, Context context)
    {
        var name = call.Name.Name.ToUpperInvariant();
        var counted = call.Over is null && name == "COUNT";
        var argumentUse = counted ? (call.Distinct ? ColumnUse.CountDistinct : ColumnUse.Count) : ColumnUse.Other;
        var place = call.Distinct ? $"{name}(DISTINCT)" : name;
        var parts = call.Arguments.Select(a => Expression(a, context, argumentUse, place)).ToList();
        if (call.Over is { } window)
        {
            var windowContext = context with { Aliases = null, AliasFirst = false };
            parts.AddRange(window.PartitionBy.Select(p => Expression(p, windowContext with { Clause = Clause.WindowPartition }, ColumnUse.Other)));
            parts.AddRange(window.OrderBy.Select(o => Expression(o.Expression, windowContext with { Clause = Clause.WindowOrder }, ColumnUse.Other)));
        }
        return ColumnValue.Derived(parts);
    }

    private ColumnValue Resolve(ColumnReference column, Context context)
    {
        var name = column.Column.Name;
        if (column.Parts.Count > 2)
        {
            violations.Add(RuleNames.CustomColumns, "column references take at most a table qualifier", column);
            return ColumnValue.Empty;
        }
        if (column.Parts.Count == 1)
        {
            if (context.AliasFirst && context.Aliases?.TryGetValue(name, out var aliased) == true)
                return aliased;
            for (var scope = context.Scope; scope is not null; scope = scope.Parent)
            {
                var found = scope.Find(name);
                if (found.Count == 1)
                    return Typed(column, found[0].Value);
                if (found.Count > 1)
                {
                    violations.Add(RuleNames.CustomColumns, $"column {name} is ambiguous: qualify it with a table name or alias", column);
                    return ColumnValue.Empty;
                }
                if (scope == context.Scope && context.Aliases?.TryGetValue(name, out var late) == true)
                    return late;
            }
            violations.Add(RuleNames.CustomColumns, $"unknown column {name}", column);
            return ColumnValue.Empty;
        }
        var qualifier = column.Parts[0].Name;
        for (var scope = context.Scope; scope is not null; scope = scope.Parent)
        {
            var relations = scope.FindRelation(qualifier);
            if (relations.Count == 0)
                continue;
            if (relations.Count > 1)
            {
                violations.Add(RuleNames.CustomColumns, $"table name or alias {qualifier} is used more than once in FROM", column);
                return ColumnValue.Empty;
            }
            var matches = relations[0].Columns.Where(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count != 1)
            {
                violations.Add(RuleNames.CustomColumns, matches.Count == 0 ? $"unknown column {qualifier}.{name}" : $"column {qualifier}.{name} is ambiguous", column);
                return ColumnValue.Empty;
            }
            Edits.Columns[column] = new ColumnReference(SyntaxList<Identifier>.Of(relations[0].Alias, column.Column)) { Position = column.Position };
            return Typed(column, matches[0].Value);
        }
        violations.Add(RuleNames.CustomColumns, $"unknown table or alias {qualifier}", column);
        return ColumnValue.Empty;
    }

    private ColumnValue Typed(ColumnReference column, ColumnValue value)
    {
        if (value.Origin is { } origin)
            Edits.ColumnTypes[column] = origin.Type;
        return value;
    }

    private void Use(ColumnValue value, ColumnUse use, string place, SqlNode at)
    {
        if (value.Origin is { Class: not EncryptionClass.Cleartext } origin && classes.Misuse(origin.Class, origin.Display, use, place) is { } misuse)
            violations.Add(ColumnClasses.RuleFor(origin.Class), misuse, at);
    }
}
