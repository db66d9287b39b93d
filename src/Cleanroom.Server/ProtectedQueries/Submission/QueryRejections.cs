using Cleanroom.Rules;
using Cleanroom.Server.Wire;
using Cleanroom.Sql.Parsing;

namespace Cleanroom.Server.ProtectedQueries.Submission;

/// <summary>
/// ValidationException INVALID_QUERY for a query that does not parse or that the analysis rules refuse. Messages
/// name the rule, the clause and the position (line, column); they never quote a literal or a data value.
/// </summary>
internal static class QueryRejections
{
    public const string QueryField = "sqlParameters.queryString";

    public static ApiException Syntax(Diagnostic diagnostic, string field) =>
        Invalid($"The query does not parse: {diagnostic}.", [new FieldError(field, diagnostic.ToString())]);

    public static ApiException Refused(IReadOnlyList<RuleViolation> violations, string field) =>
        Invalid(
            $"The query is not allowed by the analysis rules: {string.Join("; ", violations.Select(violation => violation.ToString()))}.",
            [.. violations.Select(violation => new FieldError(field, violation.ToString()))]);

    /// <summary>What the log records list as <c>queryValidationErrors</c> for a rejection.</summary>
    public static IReadOnlyList<string> Reasons(ApiException rejection) =>
        rejection.FieldList is { Count: > 0 } fields ? [.. fields.Select(field => field.Message)] : [rejection.Message];

    private static ApiException Invalid(string message, IReadOnlyList<FieldError> fields) =>
        new("ValidationException", 400, message) { Reason = "INVALID_QUERY", FieldList = fields };
}
