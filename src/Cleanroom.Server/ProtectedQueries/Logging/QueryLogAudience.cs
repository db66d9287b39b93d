using System.Text.Json.Nodes;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.Memberships;

namespace Cleanroom.Server.ProtectedQueries.Logging;

/// <summary>
/// Who gets which query log records (spec 7.3), when the collaboration and the member's membership both have query
/// logging ENABLED: each owner one record per own table the query names (with <c>configuredTableId</c>, the
/// table's rule and policy — only in the owner's copy); the runner and each result receiver one record about the
/// query, unless it already gets an owner record. No record holds another member's data or table details.
/// </summary>
internal static class QueryLogAudience
{
    private const string Enabled = "ENABLED";

    public static IReadOnlyList<LogRecipient> Of(
        CollaborationRecord collaboration,
        IReadOnlyDictionary<string, MembershipRecord> memberships,
        QueryFacts facts)
    {
        if (collaboration.QueryLogStatus != Enabled)
        {
            return [];
        }

        bool Logs(string accountId) =>
            memberships.TryGetValue(accountId, out var membership) && membership.Status == MembershipStatus.Active && membership.QueryLogStatus == Enabled;

        var recipients = new List<LogRecipient>();
        foreach (var table in facts.Tables.DistinctBy(table => table.Association.Id).Where(table => Logs(table.OwnerAccountId)))
        {
            var record = Base(collaboration, facts);
            record["schemaName"] = table.Name;
            record["configuredTableId"] = table.Table.Id;
            if (table.Rule is { } rule)
            {
                record["directQueryAnalysisRuleType"] = rule.Type;
                record["directQueryAnalysisRulePolicy"] = rule.Policy.GetRawText();
            }

            recipients.Add(new LogRecipient(table.OwnerAccountId, record));
        }

        foreach (var accountId in facts.Receivers.Prepend(facts.RunnerAccountId).Distinct(StringComparer.Ordinal))
        {
            if (Logs(accountId) && (accountId == facts.RunnerAccountId || recipients.All(recipient => recipient.AccountId != accountId)))
            {
                recipients.Add(new LogRecipient(accountId, Base(collaboration, facts)));
            }
        }

        return recipients;
    }

    private static JsonObject Base(CollaborationRecord collaboration, QueryFacts facts)
    {
        var record = new JsonObject
        {
            ["eventId"] = facts.EventId,
            ["collaborationId"] = collaboration.Id,
            ["analysisCategory"] = "SQL",
            ["analysisCategoryVersion"] = "1.0",
            ["queryText"] = facts.QueryText,
        };
        if (facts.TemplateArn is not null)
        {
            record["analysisTemplateArn"] = facts.TemplateArn;
            record["parameters"] = new JsonObject([.. (facts.Parameters ?? new Dictionary<string, string>()).Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)JsonValue.Create(pair.Value)))]);
        }

        if (facts.RuleType is not null)
        {
            record["directQueryAnalysisRuleType"] = facts.RuleType;
        }

        record["resultReceivers"] = Strings(facts.Receivers);
        record["queryRunners"] = Strings([facts.RunnerAccountId]);
        record["queryValidationErrors"] = Strings(facts.ValidationErrors);
        return record;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(value => (JsonNode?)JsonValue.Create(value))]);
}
