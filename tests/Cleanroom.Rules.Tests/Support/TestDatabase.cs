using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DuckDB.NET.Data;

namespace Cleanroom.Rules.Tests.Support;

/// <summary>An in-memory DuckDB holding a setup's tables under their view names (physical-only columns included).</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly DuckDBConnection connection = new("DataSource=:memory:");

    public TestDatabase(Setup setup)
    {
        connection.Open();
        Execute("SET TimeZone = 'UTC'");
        foreach (var (view, columns, rows) in setup.Data())
        {
            Execute($"CREATE TABLE \"{view}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\" {DuckDbType(c.Type)}"))})");
            if (rows.Count > 0)
                Execute($"INSERT INTO \"{view}\" VALUES {string.Join(", ", rows.Select(r => "(" + string.Join(", ", r.Select(Literal)) + ")"))}");
        }
    }

    public void Dispose() => connection.Dispose();

    public void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The result header and rows, values formatted invariantly (numbers rounded to 6 decimals).</summary>
    public (IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows) Query(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<string?[]>();
        while (reader.Read())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Format(reader.GetValue(i)))]);
        return (columns, rows);
    }

    public static string Format(object value) => value switch
    {
        decimal d => Math.Round(d, 6).ToString("0.######", CultureInfo.InvariantCulture),
        double d => Math.Round(d, 6).ToString("0.######", CultureInfo.InvariantCulture),
        float f => Math.Round((double)f, 6).ToString("0.######", CultureInfo.InvariantCulture),
        System.Numerics.BigInteger b => b.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string DuckDbType(string glueType)
    {
        var name = glueType.ToLowerInvariant();
        return name switch
        {
            "string" => "VARCHAR",
            "int" or "integer" => "INTEGER",
            _ when name.StartsWith("varchar", StringComparison.Ordinal) || name.StartsWith("char", StringComparison.Ordinal) => "VARCHAR",
            _ => name.ToUpperInvariant(),
        };
    }

    private static string Literal(JsonNode? value) => value switch
    {
        null => "NULL",
        JsonValue v when v.TryGetValue<string>(out var text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        JsonValue v when v.TryGetValue<bool>(out var flag) => flag ? "TRUE" : "FALSE",
        _ => value.ToJsonString(),
    };
}
