using System.Text;

namespace Cleanroom.C3r.Tests;

/// <summary>CSV files as records of strings (NULL as null), for order-independent comparisons.</summary>
internal static class CsvRecords
{
    public static List<string?[]> Read(string path, string? nullMarker = null)
    {
        using var reader = new CsvReader(File.OpenRead(path), CsvNullRule.ForInput(nullMarker));
        var records = new List<string?[]>();
        var batch = new RowBatch(1, 16);
        while (true)
        {
            batch.Reset(1);
            var count = reader.ReadRecord(batch);
            if (count < 0)
            {
                return records;
            }

            records.Add([.. Enumerable.Range(0, count).Select(i => batch.IsNull(0, i) ? null : Encoding.UTF8.GetString(batch.Cell(0, i)))]);
        }
    }

    public static string Key(string?[] record) => string.Join("\u0001", record.Select(v => v ?? "\u0000NULL"));

    public static List<string> SortedKeys(IEnumerable<string?[]> records) => [.. records.Select(Key).Order(StringComparer.Ordinal)];
}
