using Cleanroom.Sql.Ast;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Sql.Binding;

/// <summary>
/// Replaces each <c>:name</c> by a literal node of its declared type. Values are parsed, never spliced as text, so a
/// parameter can only ever be one literal. Referencing an undeclared parameter, supplying a value for an undeclared
/// one, or leaving one without value or default are errors.
/// </summary>
public static class ParameterBinder
{
    public static BindResult Bind(Query query, IReadOnlyList<ParameterDeclaration> declarations, IReadOnlyDictionary<string, string> values)
    {
        var errors = new List<string>();
        var declared = new Dictionary<string, ParameterDeclaration>(StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            if (!declared.TryAdd(declaration.Name, declaration))
                errors.Add($"parameter :{declaration.Name} is declared more than once");
        }
        foreach (var name in values.Keys.Where(name => !declared.ContainsKey(name)).Order(StringComparer.Ordinal))
            errors.Add($"a value was given for :{name}, which the template does not declare");

        var literals = new Dictionary<string, Expression>(StringComparer.Ordinal);
        foreach (var name in QueryInventory.Of(query).Parameters.Select(p => p.Node.Name).Distinct().Order(StringComparer.Ordinal))
        {
            if (!declared.TryGetValue(name, out var declaration))
            {
                errors.Add($"parameter :{name} is not declared");
                continue;
            }
            var value = values.TryGetValue(name, out var given) ? given : declaration.DefaultValue;
            if (value is null)
            {
                errors.Add($"parameter :{name} has no value and no default");
                continue;
            }
            if (ParameterLiteral.Of(declaration.Type, value) is { } literal)
                literals[name] = literal;
            else
                errors.Add($"the value of parameter :{name} is not a valid {declaration.Type.ToString().ToUpperInvariant()}");
        }
        return errors.Count > 0 ? new BindResult(null, errors) : new BindResult(new Substitution(literals).RewriteQuery(query), []);
    }

    private sealed class Substitution(Dictionary<string, Expression> literals) : SqlRewriter
    {
        public override Expression RewriteParameter(Parameter parameter) =>
            literals[parameter.Name] with { Position = parameter.Position };
    }
}
