using System.Text.Json;
using Cleanroom.Server.Associations;
using Cleanroom.Server.Collaborations;
using Cleanroom.Server.Memberships;
using Cleanroom.Server.ProtectedQueries.Wire;
using Cleanroom.Server.S3.Buckets;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.ProtectedQueries.Submission;

/// <summary>
/// Who receives a query's result and where it is written. S3 output goes to the runner's own bucket and needs the
/// runner to be able to receive results; member output goes to that member's default result location, and the member
/// must be an active member with CAN_RECEIVE_RESULTS and result settings. No configuration means the runner's default
/// result settings. Distribution to several receivers is refused. Which receivers the tables allow is checked once the
/// query's tables are known (<see cref="CheckAllowed"/>).
/// </summary>
internal static class ResultDestinations
{
    private const string OutputField = "resultConfiguration.outputConfiguration";

    public static async Task<ResultDestination> ResolveAsync(DbSession db, RunnerView view, ProtectedQueryResultConfiguration? requested, string queryId)
    {
        var configuration = requested ?? DefaultOf(view.Membership)
            ?? throw ApiException.InvalidConfiguration(
                "Give a resultConfiguration: this membership has no default result configuration.",
                new FieldError("resultConfiguration", "Required when the membership has no defaultResultConfiguration"));
        var output = configuration.OutputConfiguration;
        if (output.Distribute is not null)
        {
            throw ApiException.Validation(
                "Distributing a result to several locations is not supported; use s3 or member output.",
                new FieldError($"{OutputField}.distribute", "Not supported"));
        }

        if (output.S3 is { } s3)
        {
            if (!view.Runner.Can(MemberAbility.CanReceiveResults))
            {
                throw ApiException.InvalidConfiguration(
                    "Only a member who can receive results can write results to S3; use member output to send them to a result receiver.",
                    new FieldError($"{OutputField}.s3", "The member who runs the query cannot receive results"));
            }

            await CheckOwnedAsync(db, s3.Bucket, view.RunnerAccountId, new FieldError($"{OutputField}.s3.bucket", "Not a bucket of this account"));
            return new ResultDestination(configuration, view.RunnerAccountId, DeliveryOf(view.RunnerAccountId, s3, queryId, toRunner: true));
        }

        var accountId = output.Member!.AccountId;
        var field = new FieldError($"{OutputField}.member.accountId", "Not a member who can receive results now");
        var member = view.Members.FirstOrDefault(candidate => candidate.AccountId == accountId);
        var membership = member is null ? null : view.Memberships.GetValueOrDefault(accountId);
        var settings = membership is null ? null : DefaultOf(membership)?.OutputConfiguration.S3;
        if (member is null || !CollaborationMembers.CanReceiveNow(member) || membership!.Status != MembershipStatus.Active || settings is null)
        {
            throw ApiException.InvalidConfiguration(
                "The result receiver must be an active member with CAN_RECEIVE_RESULTS that has configured its default result settings.",
                field);
        }

        await CheckOwnedAsync(db, settings.Bucket, accountId, field with { Message = "The member's default result location is not usable" });
        return new ResultDestination(configuration, accountId, DeliveryOf(accountId, settings, queryId, toRunner: false));
    }

    /// <summary>Every referenced table must allow the receiver (the intersection of their allowed receivers).</summary>
    public static void CheckAllowed(ResultDestination destination, IEnumerable<QueryableTable> tables)
    {
        var refusing = tables.Where(table => !table.Table.AllowedResultReceivers.Contains(destination.ReceiverAccountId)).Select(table => table.Schema.Name).ToArray();
        if (refusing.Length > 0)
        {
            throw ApiException.InvalidConfiguration(
                $"The result receiver {destination.ReceiverAccountId} is not allowed to receive results of {string.Join(", ", refusing)}: every table's collaboration analysis rule must list it.",
                new FieldError("resultConfiguration", "A referenced table does not allow this result receiver"));
        }
    }

    private static ProtectedQueryResultConfiguration? DefaultOf(MembershipRecord membership) =>
        membership.DefaultResultConfiguration?.Deserialize<ProtectedQueryResultConfiguration>(WireJson.CamelCase) is { OutputConfiguration.S3: not null } found ? found : null;

    private static async Task CheckOwnedAsync(DbSession db, string bucket, string accountId, FieldError field)
    {
        // The same answer for a bucket that does not exist and one of another account.
        if (await BucketRows.FindAsync(db, bucket) is not { } found || found.AccountId != accountId)
        {
            throw ApiException.InvalidConfiguration("The result bucket must be a bucket of the account that receives the result.", field);
        }
    }

    private static ResultDelivery DeliveryOf(string accountId, ProtectedQueryS3OutputConfiguration s3, string queryId, bool toRunner) =>
        new(accountId, s3.Bucket, ResultDelivery.FolderOf(s3.KeyPrefix, queryId), s3.ResultFormat, s3.SingleFileOutput ?? false, toRunner);
}
