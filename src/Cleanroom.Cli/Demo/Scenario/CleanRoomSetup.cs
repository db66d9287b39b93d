using Cleanroom.Cli.Demo.Data;

namespace Cleanroom.Cli.Demo.Scenario;

/// <summary>
/// The demo's set-up, each step one or a few public API calls as a member would make them with the aws CLI: buckets
/// and objects (S3), the catalog (Glue), configured tables with AGGREGATION rules, the collaboration, memberships and
/// associations with their rules (Clean Rooms). The advertiser creates the collaboration and only contributes data;
/// the retailer runs queries and receives the results, as in the product brief.
/// </summary>
internal static class CleanRoomSetup
{
    private const string LazySimpleSerDe = "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe";

    public static async Task CreateBucketsAsync(DemoMember advertiser, DemoMember retailer, CancellationToken cancellationToken)
    {
        await advertiser.Client.CreateBucketAsync(advertiser.DataBucket, cancellationToken);
        await retailer.Client.CreateBucketAsync(retailer.DataBucket, cancellationToken);
        await retailer.Client.CreateBucketAsync(retailer.ResultBucket, cancellationToken);
    }

    /// <summary>Puts the table's objects under <c>s3://DataBucket/table/</c>, reporting each object's bytes as it lands.</summary>
    public static async Task UploadAsync(DemoMember owner, TableShape shape, IReadOnlyList<TableObject> objects, Action<long> uploaded, CancellationToken cancellationToken)
    {
        foreach (var part in objects)
        {
            await owner.Client.PutObjectAsync(owner.DataBucket, $"{shape.Table}/{part.Key}", part.Content, "text/csv", cancellationToken);
            uploaded(part.Content.Length);
        }
    }

    /// <summary>A Glue database and an external CSV table (header line skipped) over the table's folder.</summary>
    public static async Task CatalogAsync(DemoMember owner, TableShape shape, CancellationToken cancellationToken)
    {
        await owner.Client.JsonRpcAsync("glue", "AWSGlue.CreateDatabase", new { DatabaseInput = new { Name = shape.Database } }, cancellationToken);
        await owner.Client.JsonRpcAsync("glue", "AWSGlue.CreateTable", new
        {
            DatabaseName = shape.Database,
            TableInput = new
            {
                Name = shape.Table,
                TableType = "EXTERNAL_TABLE",
                Parameters = new Dictionary<string, string> { ["classification"] = "csv", ["skip.header.line.count"] = "1" },
                StorageDescriptor = new
                {
                    Columns = shape.Columns.Select(column => new { column.Name, column.Type }),
                    Location = $"s3://{owner.DataBucket}/{shape.Table}/",
                    InputFormat = "org.apache.hadoop.mapred.TextInputFormat",
                    OutputFormat = "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
                    SerdeInfo = new { SerializationLibrary = LazySimpleSerDe, Parameters = new Dictionary<string, string> { ["field.delim"] = "," } },
                },
            },
        }, cancellationToken);
    }

    /// <summary>
    /// A configured table over the Glue table with an AGGREGATION rule: results only as aggregates, joined on user_id,
    /// and every result row must cover at least <paramref name="threshold"/> distinct users. Returns its id.
    /// </summary>
    public static async Task<string> ConfigureAsync(DemoMember owner, TableShape shape, int threshold, CancellationToken cancellationToken)
    {
        var created = await owner.Client.CleanRoomsAsync("CreateConfiguredTable", HttpMethod.Post, "/configuredTables", new
        {
            name = $"{owner.Name} {shape.Table}",
            tableReference = new { glue = new { databaseName = shape.Database, tableName = shape.Table } },
            allowedColumns = shape.Columns.Select(column => column.Name),
            analysisMethod = "DIRECT_QUERY",
        }, cancellationToken);
        var id = (string)created["configuredTable"]!["id"]!;
        await owner.Client.CleanRoomsAsync("CreateConfiguredTableAnalysisRule", HttpMethod.Post, $"/configuredTables/{id}/analysisRule", new
        {
            analysisRuleType = "AGGREGATION",
            analysisRulePolicy = new
            {
                v1 = new
                {
                    aggregation = new
                    {
                        aggregateColumns = shape.AggregateColumns.SelectMany(aggregate => aggregate.Functions.Select(function => new { columnNames = new[] { aggregate.Column }, function })),
                        joinColumns = new[] { TableShape.UserId },
                        joinRequired = shape.JoinRequired ? "QUERY_RUNNER" : null,
                        dimensionColumns = shape.DimensionColumns,
                        scalarFunctions = Array.Empty<string>(),
                        outputConstraints = new[] { new { columnName = TableShape.UserId, minimum = threshold, type = "COUNT_DISTINCT" } },
                    },
                },
            },
        }, cancellationToken);
        return id;
    }

    /// <summary>The advertiser invites the retailer (query, receive results); both join with query logging on and associate their table.</summary>
    public static async Task<CleanRoomIds> CollaborateAsync(DemoMember advertiser, DemoMember retailer, string exposuresTable, string purchasesTable, CancellationToken cancellationToken)
    {
        var collaboration = await advertiser.Client.CleanRoomsAsync("CreateCollaboration", HttpMethod.Post, "/collaborations", new
        {
            name = "Interest segments of the retailer's buyers",
            description = "Which interest segments of the advertiser's ad audience the retailer's buyers belong to, per campaign.",
            creatorDisplayName = advertiser.Name,
            creatorMemberAbilities = Array.Empty<string>(),
            members = new[] { new { accountId = retailer.AccountId, memberAbilities = new[] { "CAN_QUERY", "CAN_RECEIVE_RESULTS" }, displayName = retailer.Name } },
            queryLogStatus = "ENABLED",
        }, cancellationToken);
        var collaborationId = (string)collaboration["collaboration"]!["id"]!;

        var advertiserMembership = await JoinAsync(advertiser, collaborationId, resultConfiguration: null, cancellationToken);
        var retailerMembership = await JoinAsync(retailer, collaborationId, new
        {
            outputConfiguration = new { s3 = new { resultFormat = "CSV", bucket = retailer.ResultBucket, keyPrefix = "demo", singleFileOutput = true } },
            roleArn = retailer.RoleArn,
        }, cancellationToken);

        await AssociateAsync(advertiser, advertiserMembership, exposuresTable, TableShape.Exposures.Table, retailer.AccountId, cancellationToken);
        await AssociateAsync(retailer, retailerMembership, purchasesTable, TableShape.Purchases.Table, retailer.AccountId, cancellationToken);
        return new CleanRoomIds(collaborationId, advertiserMembership, retailerMembership);
    }

    private static async Task<string> JoinAsync(DemoMember member, string collaborationId, object? resultConfiguration, CancellationToken cancellationToken)
    {
        var membership = await member.Client.CleanRoomsAsync("CreateMembership", HttpMethod.Post, "/memberships", new
        {
            collaborationIdentifier = collaborationId,
            queryLogStatus = "ENABLED",
            defaultResultConfiguration = resultConfiguration,
        }, cancellationToken);
        return (string)membership["membership"]!["id"]!;
    }

    /// <summary>Associates the table under <paramref name="name"/>; its collaboration rule lets only the receiver get results.</summary>
    private static async Task AssociateAsync(DemoMember owner, string membershipId, string configuredTableId, string name, string receiverAccountId, CancellationToken cancellationToken)
    {
        var association = await owner.Client.CleanRoomsAsync("CreateConfiguredTableAssociation", HttpMethod.Post, $"/memberships/{membershipId}/configuredTableAssociations", new
        {
            name,
            configuredTableIdentifier = configuredTableId,
            roleArn = owner.RoleArn,
        }, cancellationToken);
        var associationId = (string)association["configuredTableAssociation"]!["id"]!;
        await owner.Client.CleanRoomsAsync(
            "CreateConfiguredTableAssociationAnalysisRule",
            HttpMethod.Post,
            $"/memberships/{membershipId}/configuredTableAssociations/{associationId}/analysisRule",
            new
            {
                analysisRuleType = "AGGREGATION",
                analysisRulePolicy = new { v1 = new { aggregation = new { allowedResultReceivers = new[] { receiverAccountId } } } },
            },
            cancellationToken);
    }
}
