namespace Cleanroom.Rules.Tests.Generated;

/// <summary>A row of a generated table: column name to value (string, long, decimal or null).</summary>
internal sealed class Row(Dictionary<string, object?> values)
{
    public object? this[string column] => values[column];

    public IReadOnlyDictionary<string, object?> Values => values;
}
