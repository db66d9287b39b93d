using Cleanroom.Rules;
using Cleanroom.Server.AnalysisTemplates;
using Cleanroom.Server.ProtectedQueries.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;
using Cleanroom.Server.Wire.Routing;
using Cleanroom.Sql.Binding;
using Cleanroom.Sql.Parsing;

namespace Cleanroom.Server.ProtectedQueries.Submission;

/// <summary>
/// The SQL a StartProtectedQuery asks for: its own <c>queryString</c>, or an analysis template of the collaboration
/// (by exact ARN) with values for the template's parameters. <see cref="Text"/> is what logs show: a template's text
/// with its <c>:name</c> placeholders, never the values spliced in.
/// </summary>
internal sealed record QueryRequest(string Text, string Field, AnalysisTemplateRecord? Template, string? TemplateArn, IReadOnlyDictionary<string, string>? Parameters)
{
    private const string TemplateField = "sqlParameters.analysisTemplateArn";

    public static async Task<QueryRequest> LoadAsync(DbSession db, RunnerView view, ProtectedQuerySqlParameters sql, string region)
    {
        if ((sql.QueryString is null) == (sql.AnalysisTemplateArn is null))
        {
            throw ApiException.Validation(
                "Give either sqlParameters.queryString or sqlParameters.analysisTemplateArn.",
                new FieldError("sqlParameters", "Exactly one of queryString and analysisTemplateArn is required"));
        }

        if (sql.QueryString is { } text)
        {
            return sql.Parameters is { Count: > 0 }
                ? throw ApiException.Validation(
                    "Parameters are given only with an analysis template.",
                    new FieldError("sqlParameters.parameters", "Parameters need an analysisTemplateArn"))
                : new QueryRequest(text, QueryRejections.QueryField, null, null, null);
        }

        var arn = sql.AnalysisTemplateArn!;
        var parsed = Arn.Parse(arn);
        var template = parsed is { Kind: "membership/analysistemplate" }
            ? await AnalysisTemplateRows.FindVisibleAsync(db, view.Collaboration.Id, parsed.Ids[1])
            : null;
        if (template is null || template.ArnIn(region) != arn)
        {
            throw ApiException.Validation(
                "The analysis template does not exist in this collaboration.",
                new FieldError(TemplateField, "No analysis template with this ARN in the collaboration"));
        }

        return new QueryRequest(template.Text, TemplateField, template, arn, sql.Parameters ?? []);
    }

    /// <summary>Parses (and for a template binds) the SQL; a syntax error is INVALID_QUERY, a parameter error names the parameter.</summary>
    public SubmittedQuery Parse()
    {
        var parsed = SqlParser.Parse(Text);
        if (!parsed.Succeeded)
        {
            throw QueryRejections.Syntax(parsed.Diagnostics[0], Field);
        }

        if (Template is null)
        {
            return new SubmittedQuery(parsed.Query, null);
        }

        var bound = ParameterBinder.Bind(parsed.Query, Template.Parameters, Parameters!);
        return bound.Succeeded
            ? new SubmittedQuery(bound.Query, new TemplateRun(TemplateArn!, Template.AccountId))
            : throw ApiException.Validation(
                $"The analysis template's parameters do not bind: {string.Join("; ", bound.Errors)}.",
                [.. bound.Errors.Select(error => new FieldError("sqlParameters.parameters", error))]);
    }
}
