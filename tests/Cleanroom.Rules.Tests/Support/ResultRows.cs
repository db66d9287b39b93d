using System.Globalization;
using System.Numerics;
using DuckDB.NET.Data;

namespace Cleanroom.Rules.Tests.Support;

/// <summary>
/// Compares result rows from DuckDB with rows an oracle computed: rows are matched by their leading key columns
/// (strings), numbers compared with a small tolerance since DuckDB averages in floating point.
/// </summary>
internal static class ResultRows
{
    public static List<object?[]> Read(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Normalize(reader.GetValue(i)))]);
        return rows;
    }

    public static void Equal(IReadOnlyList<object?[]> expected, IReadOnlyList<object?[]> actual, int keyColumns, string context)
    {
        Assert.True(expected.Count == actual.Count, $"{context}: expected {expected.Count} rows, got {actual.Count}");
        var ordered = actual.OrderBy(r => Key(r, keyColumns), StringComparer.Ordinal).ToList();
        var wanted = expected.OrderBy(r => Key(r, keyColumns), StringComparer.Ordinal).ToList();
        for (var i = 0; i < wanted.Count; i++)
        {
            Assert.True(wanted[i].Length == ordered[i].Length, $"{context}: row widths differ");
            for (var j = 0; j < wanted[i].Length; j++)
                Assert.True(Same(wanted[i][j], ordered[i][j]), $"{context}: row {i} column {j}: expected {wanted[i][j] ?? "NULL"}, got {ordered[i][j] ?? "NULL"}");
        }
    }

    private static string Key(object?[] row, int keyColumns) =>
        keyColumns == 0 ? "" : string.Join("\u0001", row.Take(keyColumns).Select(v => v?.ToString() ?? "\u0000"));

    private static bool Same(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (decimal e, decimal a) => Math.Abs(e - a) <= 0.000001m * Math.Max(1m, Math.Abs(e)),
        (string e, string a) => e == a,
        _ => false,
    };

    private static object Normalize(object value) => value switch
    {
        string text => text,
        double d => (decimal)d,
        float f => (decimal)f,
        decimal d => d,
        BigInteger b => (decimal)b,
        IConvertible number => Convert.ToDecimal(number, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
