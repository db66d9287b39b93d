namespace Cleanroom.C3r;

/// <summary>
/// An encryption schema: which target columns to write and how (spec 10). Mapped schemas (<see cref="HeaderRow"/> true)
/// name source columns by header; positional schemas list targets per input column of a header-less CSV.
/// </summary>
public sealed class C3rSchema
{
    public const int MaxTargetColumns = 1600;

    internal C3rSchema(bool headerRow, IReadOnlyList<TargetColumn> columns, int? positionalColumnCount)
    {
        HeaderRow = headerRow;
        Columns = columns;
        PositionalColumnCount = positionalColumnCount;
    }

    /// <summary>True for a mapped schema (input has a header row), false for a positional one.</summary>
    public bool HeaderRow { get; }

    /// <summary>Normalised target headers in output order.</summary>
    public IReadOnlyList<string> TargetHeaders => [.. Columns.Select(c => c.TargetHeader)];

    internal IReadOnlyList<TargetColumn> Columns { get; }

    /// <summary>For positional schemas: the number of input columns the schema describes.</summary>
    internal int? PositionalColumnCount { get; }

    /// <summary>Parses schema JSON (strict JSON; comments and trailing commas are tolerated).</summary>
    public static C3rSchema Parse(string json) => SchemaJson.Parse(json);

    /// <summary>Reads a UTF-8 schema file.</summary>
    public static C3rSchema Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path, System.Text.Encoding.UTF8);
        }
        catch (IOException e)
        {
            throw new C3rException($"Cannot read the schema file: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new C3rException($"Cannot read the schema file: {e.Message}", e);
        }

        return Parse(json);
    }

    /// <summary>Rejects schemas the collaboration's settings forbid, before any data is read.</summary>
    internal void CheckAgainst(ClientSettings settings)
    {
        if (!settings.AllowCleartext)
        {
            var cleartext = Columns.Where(c => c.Type == ColumnType.Cleartext).Select(c => $"`{c.TargetHeader}`").ToList();
            if (cleartext.Count > 0)
            {
                throw new C3rException(
                    $"Cleartext columns found in the schema, but allowCleartext is false. Target column names: [{string.Join(", ", cleartext)}]");
            }
        }
    }
}
