using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Parsing;

namespace Cleanroom.Sql.Functions;

/// <summary>One catalogue entry: what the function is, how many arguments it takes, and how it renders in DuckDB.</summary>
/// <param name="Result">The result type; <see cref="StaticType.Unknown"/> with <see cref="ResultFromArgument"/> set means "type of that argument".</param>
public sealed record SqlFunction(string Name, FunctionKind Kind, int MinArguments, int MaxArguments, StaticType Result)
{
    /// <summary>Index of the argument whose type is the result type, when the result follows an argument.</summary>
    public int? ResultFromArgument { get; init; }

    /// <summary>DuckDB templates per argument count; <c>{0}</c> is an argument, <c>{*}</c> all arguments, <c>{||}</c> all joined by <c>||</c>.</summary>
    internal IReadOnlyDictionary<int, string> Templates { get; init; } = new Dictionary<int, string>();

    /// <summary>The DuckDB template for argument counts without their own entry in <see cref="Templates"/>.</summary>
    internal string? Template { get; init; }

    /// <summary>Renderers for calls whose DuckDB form depends on argument types or literal values.</summary>
    internal Func<FunctionCall, Rendering.DuckDbWriter, bool>? Special { get; init; }

    internal UnitArgument? Unit { get; init; }

    /// <summary>Index of an argument that must be a Spark datetime pattern literal.</summary>
    internal int? PatternArgument { get; init; }

    /// <summary>Extra parse-time checks; returns an error message, or null when the call is acceptable.</summary>
    internal Func<FunctionCall, string?>? Check { get; init; }

    public bool IsAggregate => Kind.HasFlag(FunctionKind.Aggregate);

    public bool IsWindow => Kind.HasFlag(FunctionKind.Window);

    public bool IsScalar => Kind == FunctionKind.Scalar;

    internal string ArityText
    {
        get
        {
            if (MaxArguments == 0)
                return "no arguments";
            if (MinArguments == MaxArguments)
                return MinArguments == 1 ? "1 argument" : $"{MinArguments} arguments";
            if (MaxArguments == int.MaxValue)
                return MinArguments == 1 ? "at least 1 argument" : $"at least {MinArguments} arguments";
            return $"{MinArguments} to {MaxArguments} arguments";
        }
    }

    /// <summary>Parse-time normalisation: date-part arguments become <see cref="DatePartLiteral"/>; patterns are checked.</summary>
    internal FunctionCall Normalize(FunctionCall call, int count)
    {
        var arguments = call.Arguments;
        if (Unit is { } unit && unit.Arity == count && (!unit.StringsOnly || arguments[unit.Index] is StringLiteral))
            arguments = arguments.SetItem(unit.Index, ToDatePart(arguments[unit.Index], unit.FieldsAllowed));
        if (PatternArgument is { } pattern && pattern < count)
        {
            if (arguments[pattern] is not StringLiteral literal || DateTimePattern.Translate(literal.Value, parsing: false) is null)
                throw new SqlSyntaxException($"the format of {Name} must be a supported datetime pattern literal", arguments[pattern].Position);
        }
        var normalized = ReferenceEquals(arguments, call.Arguments) ? call : call with { Arguments = arguments };
        if (Check?.Invoke(normalized) is { } error)
            throw new SqlSyntaxException(error, call.Position);
        return normalized;
    }

    private static DatePartLiteral ToDatePart(Expression argument, bool fieldsAllowed)
    {
        var name = argument switch
        {
            DatePartLiteral literal => DateParts.Name(literal.Part),
            ColumnReference { Parts.Count: 1 } column => column.Column.Name,
            StringLiteral text => text.Value,
            _ => null,
        };
        if (name is null || !DateParts.TryParse(name, out var part) || (!fieldsAllowed && !DateParts.IsUnit(part)))
            throw new SqlSyntaxException("expected a date part such as DAY, MONTH or YEAR", argument.Position);
        return new DatePartLiteral(part) { Position = argument.Position };
    }
}
