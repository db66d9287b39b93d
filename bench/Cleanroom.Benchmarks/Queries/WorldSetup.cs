extern alias cli;
using cli::Cleanroom.Cli.Datagen;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// The benchmark collaboration's set-up, each step the public API calls a member makes: objects (S3), Parquet tables
/// (Glue), configured tables with their rules, the collaboration, memberships, associations and the Q5 template
/// (Clean Rooms). The publisher owns impressions; the retailer owns purchases, runs every query and receives results.
/// </summary>
internal static class WorldSetup
{
    public const int Threshold = 100;
    public const string Database = "bench";

    public static async Task UploadAsync(BenchMember owner, DatasetFiles files, CancellationToken cancellationToken)
    {
        foreach (var path in files.Paths)
        {
            var content = await File.ReadAllBytesAsync(path, cancellationToken);
            await owner.Client.PutObjectAsync(owner.DataBucket, $"{files.Table.Name}/{Path.GetFileName(path)}", content, "application/vnd.apache.parquet", cancellationToken);
        }
    }

    public static async Task CatalogAsync(BenchMember owner, DatasetTable table, CancellationToken cancellationToken)
    {
        await owner.Client.JsonRpcAsync("glue", "AWSGlue.CreateDatabase", new { DatabaseInput = new { Name = Database } }, cancellationToken);
        await owner.Client.JsonRpcAsync("glue", "AWSGlue.CreateTable", new
        {
            DatabaseName = Database,
            TableInput = new
            {
                table.Name,
                TableType = "EXTERNAL_TABLE",
                Parameters = new Dictionary<string, string> { ["classification"] = "parquet" },
                StorageDescriptor = new
                {
                    Columns = table.Columns.Select(column => new { column.Name, Type = column.GlueType }),
                    Location = $"s3://{owner.DataBucket}/{table.Name}/",
                    InputFormat = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
                    OutputFormat = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
                    SerdeInfo = new { SerializationLibrary = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe" },
                },
            },
        }, cancellationToken);
    }

    /// <summary>A configured table over the Glue table (every column allowed) with one analysis rule; returns its id.</summary>
    public static async Task<string> ConfigureAsync(BenchMember owner, DatasetTable table, string ruleType, object policy, CancellationToken cancellationToken)
    {
        var created = await owner.Client.CleanRoomsAsync("CreateConfiguredTable", HttpMethod.Post, "/configuredTables", new
        {
            name = $"{table.Name} {ruleType.ToLowerInvariant()}",
            tableReference = new { glue = new { databaseName = Database, tableName = table.Name } },
            allowedColumns = table.Columns.Select(column => column.Name),
            analysisMethod = "DIRECT_QUERY",
        }, cancellationToken);
        var id = (string)created["configuredTable"]!["id"]!;
        await owner.Client.CleanRoomsAsync("CreateConfiguredTableAnalysisRule", HttpMethod.Post, $"/configuredTables/{id}/analysisRule", new
        {
            analysisRuleType = ruleType,
            analysisRulePolicy = policy,
        }, cancellationToken);
        return id;
    }

    /// <summary>The publisher invites the retailer (query, receive results); returns the collaboration id.</summary>
    public static async Task<string> CollaborateAsync(BenchMember publisher, BenchMember retailer, CancellationToken cancellationToken)
    {
        var collaboration = await publisher.Client.CleanRoomsAsync("CreateCollaboration", HttpMethod.Post, "/collaborations", new
        {
            name = "Benchmark: impressions and purchases",
            description = "The reference advertising dataset, for measuring protected queries against raw DuckDB.",
            creatorDisplayName = publisher.Name,
            creatorMemberAbilities = Array.Empty<string>(),
            members = new[] { new { accountId = retailer.AccountId, memberAbilities = new[] { "CAN_QUERY", "CAN_RECEIVE_RESULTS" }, displayName = retailer.Name } },
            queryLogStatus = "ENABLED",
        }, cancellationToken);
        return (string)collaboration["collaboration"]!["id"]!;
    }

    /// <summary>Joins with query logging on; a member given a result bucket receives results there as one CSV file.</summary>
    public static async Task<string> JoinAsync(BenchMember member, string collaborationId, string? resultBucket, CancellationToken cancellationToken)
    {
        var membership = await member.Client.CleanRoomsAsync("CreateMembership", HttpMethod.Post, "/memberships", new
        {
            collaborationIdentifier = collaborationId,
            queryLogStatus = "ENABLED",
            defaultResultConfiguration = resultBucket is null
                ? null
                : new
                {
                    outputConfiguration = new { s3 = new { resultFormat = "CSV", bucket = resultBucket, keyPrefix = "bench", singleFileOutput = true } },
                    roleArn = member.RoleArn,
                },
        }, cancellationToken);
        return (string)membership["membership"]!["id"]!;
    }

    /// <summary>Associates the configured table under <paramref name="name"/>; only <paramref name="receiverAccountId"/> may receive results.</summary>
    public static async Task AssociateAsync(BenchMember owner, string membershipId, string configuredTableId, string name, string ruleType, string receiverAccountId, CancellationToken cancellationToken)
    {
        var association = await owner.Client.CleanRoomsAsync("CreateConfiguredTableAssociation", HttpMethod.Post, $"/memberships/{membershipId}/configuredTableAssociations", new
        {
            name,
            configuredTableIdentifier = configuredTableId,
            roleArn = owner.RoleArn,
        }, cancellationToken);
        var associationId = (string)association["configuredTableAssociation"]!["id"]!;
        var member = ruleType.ToLowerInvariant();
        await owner.Client.CleanRoomsAsync(
            "CreateConfiguredTableAssociationAnalysisRule",
            HttpMethod.Post,
            $"/memberships/{membershipId}/configuredTableAssociations/{associationId}/analysisRule",
            new
            {
                analysisRuleType = ruleType,
                analysisRulePolicy = new Dictionary<string, object> { ["v1"] = new Dictionary<string, object> { [member] = new { allowedResultReceivers = new[] { receiverAccountId } } } },
            },
            cancellationToken);
    }

    /// <summary>An analysis template of the runner's with one INTEGER parameter; returns its ARN.</summary>
    public static async Task<string> TemplateAsync(BenchMember runner, string membershipId, string name, string sql, string parameter, int defaultValue, CancellationToken cancellationToken)
    {
        var created = await runner.Client.CleanRoomsAsync("CreateAnalysisTemplate", HttpMethod.Post, $"/memberships/{membershipId}/analysistemplates", new
        {
            name,
            format = "SQL",
            source = new { text = sql },
            analysisParameters = new[] { new { name = parameter, type = "INTEGER", defaultValue = defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        }, cancellationToken);
        return (string)created["analysisTemplate"]!["arn"]!;
    }
}
