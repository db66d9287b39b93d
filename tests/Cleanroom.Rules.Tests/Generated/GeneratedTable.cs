using System.Globalization;
using Cleanroom.Rules.Schema;
using DuckDB.NET.Data;

namespace Cleanroom.Rules.Tests.Generated;

/// <summary>A table of a generated world: its schema table (rule included) and its rows, loadable into DuckDB.</summary>
internal sealed record GeneratedTable(SchemaTable Schema, IReadOnlyList<Row> Rows)
{
    /// <summary>An in-memory DuckDB holding the tables under their view names.</summary>
    public static DuckDBConnection Open(IEnumerable<GeneratedTable> tables)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = string.Concat(tables.Select(t => t.InsertSql()));
        command.ExecuteNonQuery();
        return connection;
    }

    private string InsertSql()
    {
        var columns = string.Join(", ", Schema.Columns.Select(c => $"\"{c.Name}\" {DuckDbType(c.Type)}"));
        var rows = string.Join(", ", Rows.Select(r => "(" + string.Join(", ", Schema.Columns.Select(c => Literal(r[c.Name]))) + ")"));
        return $"CREATE TABLE \"{Schema.ViewName}\" ({columns}); INSERT INTO \"{Schema.ViewName}\" VALUES {rows};";
    }

    private static string DuckDbType(string glue) => glue == "string" ? "VARCHAR" : glue.ToUpperInvariant();

    private static string Literal(object? value) => value switch
    {
        null => "NULL",
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException("unexpected value"),
    };
}
