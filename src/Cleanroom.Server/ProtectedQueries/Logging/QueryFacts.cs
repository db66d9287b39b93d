using Cleanroom.Server.Schemas;

namespace Cleanroom.Server.ProtectedQueries.Logging;

/// <summary>
/// What is known about a query when its records are made: its text (a template's with <c>:name</c> placeholders),
/// template and parameter values, receivers (once resolved), the tables it names (once parsed), the rule type
/// (once checked) and, for a rejected query, why.
/// </summary>
internal sealed record QueryFacts(
    string EventId,
    string RunnerAccountId,
    string QueryText,
    string? TemplateArn,
    IReadOnlyDictionary<string, string>? Parameters,
    IReadOnlyList<string> Receivers,
    IReadOnlyList<CollaborationSchema> Tables,
    string? RuleType,
    IReadOnlyList<string> ValidationErrors);
