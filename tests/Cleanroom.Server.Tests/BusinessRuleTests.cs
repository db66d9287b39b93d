using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>Inconsistent configurations, conflicts and missing resources answer their documented errors.</summary>
public sealed class BusinessRuleTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task RulesOfCollaborationsAndMemberships()
    {
        var accounts = await fixture.Server.CreateAccountsAsync("A", "B", "C");
        var r = await Boto3Script.RunAsync("business_rules.py", fixture.Url, accounts);
        const string Invalid = "INVALID_CONFIGURATION";

        Observed.FieldError(r["two_queriers"], "members[0].memberAbilities", Invalid, "two members who can query");
        Observed.FieldError(r["duplicate_member"], "members[1].accountId", Invalid, "duplicate member");
        Observed.FieldError(r["creator_as_member"], "members[0].accountId", Invalid, "creator invited as a member");
        Observed.FieldError(r["no_result_receiver"], "creatorMemberAbilities", Invalid, "nobody receives results");
        Observed.FieldError(r["two_payers"], "members[1].paymentConfiguration.queryCompute.isResponsible", Invalid, "two payers");
        Observed.FieldError(r["querier_declines_without_payer"], "members[0].paymentConfiguration.queryCompute.isResponsible", Invalid, "nobody pays");

        var members = Observed.Ok(r["members_with_payer"], "members")["memberSummaries"]!.AsArray();
        Assert.Equal([false, false, true], members.Select(m => (bool)m!["paymentConfiguration"]!["queryCompute"]!["isResponsible"]!));
        Observed.FieldError(r["log_enabled_not_supported"], "queryLogStatus", Invalid, "logging a non-logging collaboration");
        Observed.FieldError(r["payer_without_acceptance"], "paymentConfiguration.queryCompute.isResponsible", Invalid, "payer joins silently");
        Observed.FieldError(r["non_payer_claims_payment"], "paymentConfiguration.queryCompute.isResponsible", Invalid, "non-payer claims to pay");
        Observed.FieldError(r["result_config_without_ability"], "defaultResultConfiguration", Invalid, "result config without CAN_RECEIVE_RESULTS");
        Observed.FieldError(r["metrics_not_enabled"], "isMetricsEnabled", Invalid, "metrics not enabled");
        Assert.True((bool)Observed.Ok(r["payer_accepts"], "payer accepts")["membership"]!["paymentConfiguration"]!["queryCompute"]!["isResponsible"]!);
        Assert.False((bool)Observed.Ok(r["querier_joins"], "querier joins")["membership"]!["paymentConfiguration"]!["queryCompute"]!["isResponsible"]!);
        Assert.Equal("ALREADY_EXISTS", (string?)Observed.Error(r["join_twice"], "ConflictException", 409, "join twice")["reason"]);
        Observed.FieldError(r["update_log_not_supported"], "queryLogStatus", Invalid, "update to logging");
        Observed.Error(r["remove_unknown_member"], "ResourceNotFoundException", 404, "remove a non-member");

        Observed.Error(r["get_random_collaboration"], "AccessDeniedException", 403, "GetCollaboration declares no 404");
        Observed.Error(r["update_random_collaboration"], "AccessDeniedException", 403, "UpdateCollaboration declares no 404");
        var missingCollaboration = Observed.Error(r["list_members_random"], "ResourceNotFoundException", 404, "ListMembers");
        Assert.Equal("COLLABORATION", (string?)missingCollaboration["resourceType"]);
        var missingMembership = Observed.Error(r["get_random_membership"], "ResourceNotFoundException", 404, "GetMembership");
        Assert.Equal("MEMBERSHIP", (string?)missingMembership["resourceType"]);
        Observed.Error(r["join_random_collaboration"], "ResourceNotFoundException", 404, "CreateMembership");
        Observed.Error(r["tags_random_arn"], "ResourceNotFoundException", 404, "ListTagsForResource");
        var unsupported = Observed.Error(r["not_supported"], "ValidationException", 400, "not yet built");
        Assert.Equal("ListPrivacyBudgetTemplates is not supported by Cleanroom yet.", (string?)unsupported["message"]);
    }
}
