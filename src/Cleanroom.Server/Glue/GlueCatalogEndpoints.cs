using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cleanroom.Server.ConfiguredTables;
using Cleanroom.Server.JsonRpc;
using Cleanroom.Server.Store;
using Cleanroom.Server.Tags;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Glue;

/// <summary>
/// The Glue-compatible catalog (awsJson1.1, <c>AWSGlue.*</c>): CreateDatabase, GetDatabase, GetDatabases,
/// DeleteDatabase, CreateTable, GetTable, GetTables, UpdateTable, DeleteTable — one catalog per account. A table a
/// configured table reads cannot be deleted, and an update cannot drop a column a configured table allows, so a
/// configured table never points at something that is gone.
/// </summary>
internal static partial class GlueCatalogEndpoints
{
    private static readonly TimeSpan ExpressionTimeout = TimeSpan.FromMilliseconds(100);

    public static void Map(JsonRpcTargets targets)
    {
        Add(targets, "CreateDatabase", CreateDatabaseAsync);
        Add(targets, "GetDatabase", GetDatabaseAsync);
        Add(targets, "GetDatabases", GetDatabasesAsync);
        Add(targets, "DeleteDatabase", DeleteDatabaseAsync);
        Add(targets, "CreateTable", CreateTableAsync);
        Add(targets, "GetTable", GetTableAsync);
        Add(targets, "GetTables", GetTablesAsync);
        Add(targets, "UpdateTable", UpdateTableAsync);
        Add(targets, "DeleteTable", DeleteTableAsync);
    }

    private static void Add(JsonRpcTargets targets, string operation, Func<GlueCall, Task<object>> handler) =>
        targets.Add(JsonRpcTargets.Glue, operation, async call =>
        {
            try
            {
                return await handler(GlueCall.Open(call));
            }
            catch (ApiException error) when (error.Code == "ValidationException")
            {
                // Page tokens and tags are checked by shared code that speaks Clean Rooms' error names.
                throw GlueErrors.InvalidInput(error.Message);
            }
        });

    private static Task<object> CreateDatabaseAsync(GlueCall call) =>
        call.Store.WriteAsync<object>(async db =>
        {
            var input = ObjectOf(call.Request.DatabaseInput, "DatabaseInput");
            var name = GlueCall.NameKey(input["Name"]!.GetValue<string>());
            if (await GlueRows.FindDatabaseAsync(db, call.AccountId, name) is not null)
            {
                throw GlueErrors.AlreadyExists($"Database {name} already exists.");
            }

            var database = new GlueDatabaseRecord(call.AccountId, name, input, call.Now);
            await GlueRows.InsertDatabaseAsync(db, database);
            await TagRows.AddAsync(db, database.ArnIn(call.Options.Region), call.Request.Tags);
            return new JsonObject();
        });

    private static Task<object> GetDatabaseAsync(GlueCall call) =>
        call.Store.ReadAsync<object>(async db =>
            new JsonObject { ["Database"] = (await DatabaseAsync(db, call, call.DatabaseName)).ToWire() });

    private static Task<object> GetDatabasesAsync(GlueCall call) =>
        call.Store.ReadAsync<object>(async db =>
        {
            var request = call.Tokens.Start($"glue/{call.Operation}/{call.AccountId}", call.Request.MaxResults, call.Request.NextToken);
            var page = call.Tokens.Complete(request, await GlueRows.ListDatabasesAsync(db, call.AccountId, request));
            return WithToken(new JsonObject { ["DatabaseList"] = new JsonArray([.. page.Items.Select(d => (JsonNode)d.ToWire())]) }, page.NextToken);
        });

    private static Task<object> DeleteDatabaseAsync(GlueCall call) =>
        call.Store.WriteAsync<object>(async db =>
        {
            var database = await DatabaseAsync(db, call, call.DatabaseName);
            if ((await ConfiguredTableRows.ReadingGlueAsync(db, call.AccountId, database.Name, null)).Count > 0)
            {
                throw GlueErrors.InvalidInput($"Database {database.Name} has tables that configured tables read; delete those configured tables first.");
            }

            await GlueRows.DeleteDatabaseAsync(db, call.AccountId, database.Name);
            await TagRows.DeleteAllAsync(db, database.ArnIn(call.Options.Region));
            return new JsonObject();
        });

    private static Task<object> CreateTableAsync(GlueCall call) =>
        call.Store.WriteAsync<object>(async db =>
        {
            var database = await DatabaseAsync(db, call, call.DatabaseName);
            var (name, input) = TableInputOf(call);
            TableSource.Interpret(GlueTableRecord.TypedInput(input));
            if (await GlueRows.FindTableAsync(db, call.AccountId, database.Name, name) is not null)
            {
                throw GlueErrors.AlreadyExists($"Table {name} already exists in database {database.Name}.");
            }

            var now = call.Now;
            await GlueRows.InsertTableAsync(db, new GlueTableRecord(call.AccountId, database.Name, name, input, 1, now, now));
            return new JsonObject();
        });

    private static Task<object> GetTableAsync(GlueCall call) =>
        call.Store.ReadAsync<object>(async db =>
        {
            var database = await DatabaseAsync(db, call, call.DatabaseName);
            return new JsonObject { ["Table"] = (await TableAsync(db, call, database.Name, GlueCall.NameKey(call.Request.Name!))).ToWire() };
        });

    private static Task<object> GetTablesAsync(GlueCall call) =>
        call.Store.ReadAsync<object>(async db =>
        {
            var database = await DatabaseAsync(db, call, call.DatabaseName);
            var filter = ExpressionOf(call.Request.Expression);
            var request = call.Tokens.Start($"glue/{call.Operation}/{call.AccountId}/{database.Name}/{call.Request.Expression}", call.Request.MaxResults, call.Request.NextToken);
            var matching = (await GlueRows.TablesAsync(db, call.AccountId, database.Name)).Where(table => Matches(filter, table.Name));
            var page = call.Tokens.Complete(request, matching.Skip(request.Offset).Take(request.FetchCount).ToArray());
            return WithToken(new JsonObject { ["TableList"] = new JsonArray([.. page.Items.Select(t => (JsonNode)t.ToWire())]) }, page.NextToken);
        });

    private static Task<object> UpdateTableAsync(GlueCall call) =>
        call.Store.WriteAsync<object>(async db =>
        {
            var database = await DatabaseAsync(db, call, call.DatabaseName);
            var (name, input) = TableInputOf(call);
            var source = TableSource.Interpret(GlueTableRecord.TypedInput(input));
            var table = await TableAsync(db, call, database.Name, name);
            if (call.Request.VersionId is { } version && version != table.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                throw new ApiException("ConcurrentModificationException", 400, $"Table {name} has changed since version {version}.");
            }

            foreach (var configured in await ConfiguredTableRows.ReadingGlueAsync(db, call.AccountId, database.Name, name))
            {
                var missing = configured.AllowedColumns.Where(column => source.Find(column) is null).ToArray();
                if (missing.Length > 0)
                {
                    throw GlueErrors.InvalidInput(
                        $"Configured table {configured.Id} allows column(s) {string.Join(", ", missing)}, which the new definition drops; " +
                        "change the configured table's allowed columns first.");
                }
            }

            await GlueRows.UpdateTableAsync(db, table with { Input = input, Version = table.Version + 1, UpdateTime = call.Now });
            return new JsonObject();
        });

    private static Task<object> DeleteTableAsync(GlueCall call) =>
        call.Store.WriteAsync<object>(async db =>
        {
            var database = await DatabaseAsync(db, call, call.DatabaseName);
            var table = await TableAsync(db, call, database.Name, GlueCall.NameKey(call.Request.Name!));
            var readers = await ConfiguredTableRows.ReadingGlueAsync(db, call.AccountId, database.Name, table.Name);
            if (readers.Count > 0)
            {
                throw GlueErrors.InvalidInput($"Table {table.Name} is read by configured table {readers[0].Id}; delete the configured table first.");
            }

            await GlueRows.DeleteTableAsync(db, call.AccountId, database.Name, table.Name);
            return new JsonObject();
        });

    private static async Task<GlueDatabaseRecord> DatabaseAsync(DbSession db, GlueCall call, string name) =>
        await GlueRows.FindDatabaseAsync(db, call.AccountId, name) ?? throw GlueErrors.EntityNotFound($"Database {name} not found.");

    private static async Task<GlueTableRecord> TableAsync(DbSession db, GlueCall call, string database, string name) =>
        await GlueRows.FindTableAsync(db, call.AccountId, database, name) ?? throw GlueErrors.EntityNotFound($"Table {name} not found.");

    /// <summary>The table input with its name folded; a top-level <c>Name</c>, when given, must name the same table.</summary>
    private static (string Name, JsonObject Input) TableInputOf(GlueCall call)
    {
        if (call.Request.OpenTableFormatInput is not null || call.Request.UpdateOpenTableFormatInput is not null)
        {
            throw GlueErrors.InvalidInput("Open table formats (Iceberg) are not supported; Cleanroom reads CSV and Parquet objects.");
        }

        var input = ObjectOf(call.Request.TableInput, "TableInput");
        var name = GlueCall.NameKey(input["Name"]!.GetValue<string>());
        if (call.Request.Name is { } given && GlueCall.NameKey(given) != name)
        {
            throw GlueErrors.InvalidInput("Name and TableInput.Name must name the same table.");
        }

        input["Name"] = name;
        return (name, input);
    }

    private static JsonObject ObjectOf(JsonElement? element, string member) =>
        element is { ValueKind: JsonValueKind.Object } value
            ? JsonNode.Parse(value.GetRawText())!.AsObject()
            : throw GlueErrors.InvalidInput($"{member} is required.");

    /// <summary>
    /// GetTables' <c>Expression</c>: a regular expression matched against the whole name, where a <c>*</c> that does
    /// not follow a <c>.</c> means any characters, as in the Hive metastore patterns Glue users write (<c>sales*</c>).
    /// </summary>
    private static Regex? ExpressionOf(string? expression)
    {
        if (string.IsNullOrEmpty(expression))
        {
            return null;
        }

        try
        {
            var pattern = LoneStar().Replace(expression, ".*");
            return new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, ExpressionTimeout);
        }
        catch (ArgumentException)
        {
            throw GlueErrors.InvalidInput("Expression is not a valid regular expression.");
        }
    }

    private static bool Matches(Regex? filter, string name)
    {
        try
        {
            return filter is null || filter.IsMatch(name);
        }
        catch (RegexMatchTimeoutException)
        {
            throw GlueErrors.InvalidInput("Expression is too costly to evaluate.");
        }
    }

    private static JsonObject WithToken(JsonObject output, string? nextToken)
    {
        if (nextToken is not null)
        {
            output["NextToken"] = nextToken;
        }

        return output;
    }

    [GeneratedRegex(@"(?<![.\\])\*")]
    private static partial Regex LoneStar();
}
