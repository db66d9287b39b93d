using System.Data.Common;
using System.Text.Json.Nodes;
using Cleanroom.Server.Store;

namespace Cleanroom.Server.Glue;

/// <summary>A Glue database row: its lower-cased name and the <c>DatabaseInput</c> as sent.</summary>
internal sealed record GlueDatabaseRecord(string AccountId, string Name, JsonObject Input, DateTimeOffset CreateTime)
{
    public const string Columns = "d.account_id, d.name, d.input, d.create_time";

    public string ArnIn(string region) => $"arn:aws:glue:{region}:{AccountId}:database/{Name}";

    /// <summary>The Glue <c>Database</c>: the input's members echoed, with the stored name, catalog and creation time.</summary>
    public JsonObject ToWire()
    {
        var database = (JsonObject)Input.DeepClone();
        database["Name"] = Name;
        database["CatalogId"] = AccountId;
        database["CreateTime"] = GlueTime.Of(CreateTime);
        return database;
    }

    public static GlueDatabaseRecord Read(DbDataReader reader) => new(
        reader.Text("account_id"),
        reader.Text("name"),
        (JsonObject)JsonNode.Parse(reader.Text("input"))!,
        reader.Time("create_time"));
}
