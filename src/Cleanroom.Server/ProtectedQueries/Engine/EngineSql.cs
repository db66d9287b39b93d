using System.Globalization;
using Cleanroom.Server.Glue;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>Quoting and type names for the SQL the engine writes itself (views, settings, COPY). Nothing here comes from a query.</summary>
internal static class EngineSql
{
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Literal)) + "]";

    /// <summary>The DuckDB type a Glue column is read as.</summary>
    public static string TypeOf(HiveType type) => type.Kind switch
    {
        HiveTypeKind.String or HiveTypeKind.Varchar or HiveTypeKind.Char => "VARCHAR",
        HiveTypeKind.TinyInt => "TINYINT",
        HiveTypeKind.SmallInt => "SMALLINT",
        HiveTypeKind.Int => "INTEGER",
        HiveTypeKind.BigInt => "BIGINT",
        HiveTypeKind.Float => "FLOAT",
        HiveTypeKind.Double => "DOUBLE",
        HiveTypeKind.Decimal => string.Create(CultureInfo.InvariantCulture, $"DECIMAL({type.Precision}, {type.Scale})"),
        HiveTypeKind.Boolean => "BOOLEAN",
        HiveTypeKind.Date => "DATE",
        HiveTypeKind.Timestamp => "TIMESTAMP",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };
}
