using System.Globalization;
using Cleanroom.Rules.Schema;

namespace Cleanroom.Rules.Tests.Generated;

/// <summary>A table of a generated world: its schema table (rule included) and its rows, loadable into DuckDB.</summary>
internal sealed record GeneratedTable(SchemaTable Schema, IReadOnlyList<Row> Rows)
{
    public string InsertSql()
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
