using Cleanroom.Cli.Demo.Scenario;

namespace Cleanroom.Cli.Demo.Output;

/// <summary>
/// The shell commands to continue by hand against the kept server: each member's keys as environment variables, a
/// shell function per member that runs the aws CLI with them and the endpoint, the ids, and a few next steps.
/// Written as plain lines, never wrapped, so they can be pasted.
/// </summary>
internal static class HandOff
{
    public static IReadOnlyList<string> Lines(string endpoint, string region, DemoMember advertiser, DemoMember retailer, CleanRoomIds ids) =>
    [
        $"export AWS_DEFAULT_REGION={region} ENDPOINT={endpoint}",
        $"export ADVERTISER_ACCESS_KEY_ID={advertiser.Key.AccessKeyId} ADVERTISER_SECRET_ACCESS_KEY={advertiser.Key.SecretAccessKey}",
        $"export RETAILER_ACCESS_KEY_ID={retailer.Key.AccessKeyId} RETAILER_SECRET_ACCESS_KEY={retailer.Key.SecretAccessKey}",
        "advertiser() { AWS_ACCESS_KEY_ID=$ADVERTISER_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY=$ADVERTISER_SECRET_ACCESS_KEY aws --endpoint-url \"$ENDPOINT\" \"$@\"; }",
        "retailer() { AWS_ACCESS_KEY_ID=$RETAILER_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY=$RETAILER_SECRET_ACCESS_KEY aws --endpoint-url \"$ENDPOINT\" \"$@\"; }",
        $"COLLABORATION={ids.CollaborationId} ADVERTISER_MEMBERSHIP={ids.AdvertiserMembershipId} RETAILER_MEMBERSHIP={ids.RetailerMembershipId}",
        string.Empty,
        "# What the retailer can query, and the rule on the advertiser's table",
        "retailer cleanrooms list-schemas --collaboration-identifier \"$COLLABORATION\"",
        "retailer cleanrooms get-schema-analysis-rule --collaboration-identifier \"$COLLABORATION\" --name exposures --type AGGREGATION",
        "# Another protected query (try one the rules refuse, too: SELECT user_id FROM exposures)",
        "QUERY=$(retailer cleanrooms start-protected-query --type SQL --membership-identifier \"$RETAILER_MEMBERSHIP\" \\",
        "  --sql-parameters '{\"queryString\": \"SELECT e.segment, COUNT(DISTINCT p.user_id) AS buyers FROM exposures e JOIN purchases p ON e.user_id = p.user_id GROUP BY e.segment\"}' \\",
        "  --query protectedQuery.id --output text)",
        "retailer cleanrooms get-protected-query --membership-identifier \"$RETAILER_MEMBERSHIP\" --protected-query-identifier \"$QUERY\"",
        $"retailer s3 ls --recursive s3://{retailer.ResultBucket}/",
        "# Each member's query log",
        "advertiser logs filter-log-events --log-group-name \"/aws/cleanrooms/$COLLABORATION\" --query 'events[].message'",
    ];
}
