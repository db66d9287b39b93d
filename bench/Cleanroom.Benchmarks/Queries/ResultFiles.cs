using System.Text;

namespace Cleanroom.Benchmarks.Queries;

/// <summary>
/// Compares two CSV results row for row: the same header and the same rows, order aside (none of the queries sorts
/// its output, so DuckDB may emit groups in any order).
/// </summary>
internal static class ResultFiles
{
    /// <summary>The number of data rows when <paramref name="expected"/> and <paramref name="actual"/> hold the same rows; throws otherwise.</summary>
    public static int SameRows(string name, byte[] expected, byte[] actual)
    {
        var (expectedHeader, expectedRows) = Split(expected);
        var (actualHeader, actualRows) = Split(actual);
        if (expectedHeader != actualHeader)
        {
            throw new InvalidOperationException($"{name}: the headers differ: raw '{expectedHeader}', protected '{actualHeader}'.");
        }

        if (expectedRows.Length != actualRows.Length)
        {
            throw new InvalidOperationException($"{name}: raw has {expectedRows.Length} rows, protected {actualRows.Length}.");
        }

        var first = expectedRows.Zip(actualRows).Select((pair, index) => (pair, index)).FirstOrDefault(item => item.pair.First != item.pair.Second);
        return first.pair.First is null
            ? expectedRows.Length
            : throw new InvalidOperationException($"{name}: sorted row {first.index} differs: raw '{first.pair.First}', protected '{first.pair.Second}'.");
    }

    private static (string Header, string[] Rows) Split(byte[] content)
    {
        var lines = Encoding.UTF8.GetString(content).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 0
            ? throw new InvalidOperationException("A result has no header.")
            : (lines[0], [.. lines.Skip(1).Order(StringComparer.Ordinal)]);
    }
}
