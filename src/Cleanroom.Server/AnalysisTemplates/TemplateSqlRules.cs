using Cleanroom.Server.AnalysisTemplates.Wire;
using Cleanroom.Server.Wire;
using Cleanroom.Sql.Binding;
using Cleanroom.Sql.Parsing;
using Cleanroom.Sql.Walking;

namespace Cleanroom.Server.AnalysisTemplates;

/// <summary>
/// What a SQL analysis template must satisfy when it is created: the text parses with Cleanroom's SQL front end;
/// every <c>:name</c> in it is declared and every declared parameter is used (names are case-sensitive); each
/// default parses as its parameter's type; tables are named by association name alone. The referenced tables are
/// derived from the text; when the caller lists them, the list must name exactly those tables, each a table of
/// the collaboration. Whether a query may run is decided when it runs, against the rules then in force.
/// </summary>
internal static class TemplateSqlRules
{
    /// <summary>The referenced tables to store: the caller's names, or the derived ones (in the collaboration's spelling).</summary>
    public static IReadOnlyList<string> Check(string text, IReadOnlyList<AnalysisParameter> parameters, IReadOnlyList<string>? referencedTables, IReadOnlyList<string> collaborationTables)
    {
        var parsed = SqlParser.Parse(text);
        if (!parsed.Succeeded)
        {
            var diagnostic = parsed.Diagnostics[0];
            throw new ApiException("ValidationException", 400, $"The analysis template's SQL does not parse: {diagnostic}.")
            {
                Reason = "INVALID_QUERY",
                FieldList = [new FieldError("source.text", diagnostic.ToString())],
            };
        }

        var declarations = Declarations(parameters);
        var used = QueryInventory.Of(parsed.Query).Parameters.Select(p => p.Node.Name).Distinct(StringComparer.Ordinal).ToArray();
        var undeclared = used.Where(name => !declarations.Any(d => d.Name == name)).ToArray();
        if (undeclared.Length > 0)
        {
            throw ApiException.Validation(
                $"The SQL uses parameters that are not declared in analysisParameters: {string.Join(", ", undeclared.Select(name => ":" + name))}.",
                new FieldError("analysisParameters", "Every :name in the SQL must be declared"));
        }

        for (var index = 0; index < declarations.Count; index++)
        {
            if (!used.Contains(declarations[index].Name, StringComparer.Ordinal))
            {
                throw ApiException.Validation(
                    $"The parameter {declarations[index].Name} is declared but the SQL does not use :{declarations[index].Name}.",
                    new FieldError($"analysisParameters[{index}].name", "Declared but not used in the SQL"));
            }
        }

        var tables = TemplateTables.Of(parsed.Query);
        if (tables.FirstOrDefault(table => table.Parts.Count > 1) is not null)
        {
            throw ApiException.Validation(
                "Tables are named by their association name alone, without a schema or catalog.",
                new FieldError("source.text", "Qualified table names are not supported"));
        }

        var derived = tables.Select(table => table.Name.Name).Distinct(StringComparer.Ordinal).ToArray();
        return referencedTables is null
            ? derived.Select(name => collaborationTables.FirstOrDefault(table => Same(table, name)) ?? name).ToArray()
            : CheckListed(referencedTables, derived, collaborationTables);
    }

    /// <summary>The declarations as the SQL library reads them; each default must parse as the parameter's type.</summary>
    private static List<ParameterDeclaration> Declarations(IReadOnlyList<AnalysisParameter> parameters)
    {
        var declarations = new List<ParameterDeclaration>();
        for (var index = 0; index < parameters.Count; index++)
        {
            var parameter = parameters[index];
            if (declarations.Any(d => d.Name == parameter.Name))
            {
                throw ApiException.Validation("Each parameter is declared once.", new FieldError($"analysisParameters[{index}].name", "Declared more than once"));
            }

            if (!ParameterDeclaration.TryParseType(parameter.Type, out var type))
            {
                throw ApiException.Validation($"The parameter type {parameter.Type} is not supported.", new FieldError($"analysisParameters[{index}].type", "Unsupported type"));
            }

            var declaration = new ParameterDeclaration(parameter.Name, type, parameter.DefaultValue);
            if (parameter.DefaultValue is not null && !DefaultBinds(declaration))
            {
                throw ApiException.Validation(
                    $"The default value of parameter {parameter.Name} is not a valid {parameter.Type}.",
                    new FieldError($"analysisParameters[{index}].defaultValue", $"Not a valid {parameter.Type}"));
            }

            declarations.Add(declaration);
        }

        return declarations;
    }

    /// <summary>Binds the default into a one-parameter query with the same binder the runs use, so both agree on what parses.</summary>
    private static bool DefaultBinds(ParameterDeclaration declaration)
    {
        var probe = SqlParser.Parse($"SELECT :{declaration.Name}");
        return probe.Succeeded && ParameterBinder.Bind(probe.Query, [declaration], new Dictionary<string, string>()).Errors.Count == 0;
    }

    private static IReadOnlyList<string> CheckListed(IReadOnlyList<string> listed, IReadOnlyList<string> derived, IReadOnlyList<string> collaborationTables)
    {
        for (var index = 0; index < listed.Count; index++)
        {
            if (!collaborationTables.Any(table => Same(table, listed[index])))
            {
                throw ApiException.Validation(
                    "schema.referencedTables names a table that is not associated with the collaboration.",
                    new FieldError($"schema.referencedTables[{index}]", "No table with this name in the collaboration"));
            }
        }

        var same = listed.All(name => derived.Any(table => Same(table, name))) && derived.All(table => listed.Any(name => Same(table, name)));
        return same
            ? listed
            : throw ApiException.Validation(
                $"schema.referencedTables must list exactly the tables the SQL reads: {string.Join(", ", derived)}.",
                new FieldError("schema.referencedTables", "Does not match the tables the SQL reads"));
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
