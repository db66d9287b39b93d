using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cleanroom.Server.Glue.Wire;
using Cleanroom.Server.Store;
using Cleanroom.Server.Wire;

namespace Cleanroom.Server.Glue;

/// <summary>A Glue table row: the <c>TableInput</c> as sent, under the lower-cased database and table names.</summary>
internal sealed record GlueTableRecord(
    string AccountId,
    string DatabaseName,
    string Name,
    JsonObject Input,
    long Version,
    DateTimeOffset CreateTime,
    DateTimeOffset UpdateTime)
{
    public const string Columns = "t.account_id, t.database_name, t.name, t.input, t.version, t.create_time, t.update_time";

    /// <summary>How Cleanroom reads the table's data (the input was checked when it was stored).</summary>
    public TableSource ToSource() => TableSource.Interpret(TypedInput(Input));

    public static GlueTableInput TypedInput(JsonObject input) =>
        input.Deserialize<GlueTableInput>(WireJson.PascalCase) ?? throw GlueErrors.InvalidInput("TableInput is required.");

    /// <summary>The Glue <c>Table</c>: the input's members echoed, with the stored names, times and version.</summary>
    public JsonObject ToWire()
    {
        var table = (JsonObject)Input.DeepClone();
        table["Name"] = Name;
        table["DatabaseName"] = DatabaseName;
        table["CatalogId"] = AccountId;
        table["CreateTime"] = GlueTime.Of(CreateTime);
        table["UpdateTime"] = GlueTime.Of(UpdateTime);
        table["VersionId"] = Version.ToString(CultureInfo.InvariantCulture);
        table["IsRegisteredWithLakeFormation"] = false;
        return table;
    }

    public static GlueTableRecord Read(DbDataReader reader) => new(
        reader.Text("account_id"),
        reader.Text("database_name"),
        reader.Text("name"),
        (JsonObject)JsonNode.Parse(reader.Text("input"))!,
        reader.Int64("version"),
        reader.Time("create_time"),
        reader.Time("update_time"));
}
