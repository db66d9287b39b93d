using Cleanroom.Sql.Functions;

namespace Cleanroom.Rules.Checking;

/// <summary>Maps a Glue column type (as in a schema: <c>string</c>, <c>varchar(20)</c>, <c>decimal(10,2)</c> …) to the SQL library's static type.</summary>
internal static class GlueTypes
{
    public static StaticType StaticTypeOf(string glueType)
    {
        var name = glueType.Trim().ToLowerInvariant();
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0)
            name = name[..open].TrimEnd();
        return name switch
        {
            "string" or "varchar" or "char" => StaticType.String,
            "tinyint" or "smallint" or "int" or "integer" or "bigint" => StaticType.Integer,
            "float" or "double" or "real" => StaticType.Double,
            "decimal" or "numeric" => StaticType.Decimal,
            "boolean" => StaticType.Boolean,
            "date" => StaticType.Date,
            "timestamp" => StaticType.Timestamp,
            "binary" => StaticType.Binary,
            _ => StaticType.Unknown,
        };
    }
}
