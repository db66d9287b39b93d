using System.Globalization;
using Cleanroom.Rules.Schema;
using Cleanroom.Server.Glue;

namespace Cleanroom.Server.ProtectedQueries.Engine;

/// <summary>
/// Creates a table's view: its files read as the Glue table says, with only the allowed columns, typed as catalogued.
/// CSV fields are read as text and converted with TRY_CAST (a value that does not parse is NULL, as in Hive); Parquet
/// columns are cast only when the file's type differs from the catalogued one, so the common case reads straight
/// through. Each group of files is one branch of a UNION ALL carrying its partition values as constants. In an
/// encrypted collaboration every string column is guarded: a value of another class than the column's fails the query.
/// </summary>
internal static class TableViews
{
    /// <summary>The text of the guard's error, recognised by <see cref="ExecutionFailures"/>.</summary>
    public const string ClassGuardError = "cleanroom: column class mismatch";

    private const string SealedPrefix = "02:enc:";
    private const string FingerprintPrefix = "02:hmac:";

    /// <summary>Creates every table's view, then locks the session to their files and <paramref name="workDirectory"/>.</summary>
    public static void CreateLocked(
        DuckDbSession session,
        IReadOnlyList<TableData> tables,
        string workDirectory,
        Func<TableRead, IReadOnlyDictionary<string, ColumnClass>?> classes)
    {
        foreach (var (table, files) in tables)
        {
            Create(session, table, files, classes(table));
        }

        session.LockDown(tables.SelectMany(table => table.Files).SelectMany(group => group.Paths), workDirectory);
    }

    public static void Create(DuckDbSession session, TableRead table, IReadOnlyList<FileGroup> groups, IReadOnlyDictionary<string, ColumnClass>? classes)
    {
        var branches = groups.Select(group => table.Source.Format == TableFormat.Csv ? CsvBranch(table, group) : ParquetBranch(session, table, group)).ToList();
        var body = branches.Count == 0 ? Empty(table) : string.Join(" UNION ALL ", branches);
        if (classes is not null)
        {
            body = $"SELECT {string.Join(", ", table.AllColumns.Select(column => Guarded(column, classes)))} FROM ({body})";
        }

        session.Execute($"CREATE VIEW {EngineSql.Identifier(table.ViewName)} AS {body}");
    }

    private static string CsvBranch(TableRead table, FileGroup group)
    {
        var source = table.Source;
        var dialect = source.Csv!;
        var positions = source.Columns.Select((column, index) => (column, index)).ToDictionary(pair => pair.column.Name, pair => Position(pair.index));
        var options = new List<string>
        {
            "header = false",
            $"skip = {dialect.HeaderLines.ToString(CultureInfo.InvariantCulture)}",
            "auto_detect = false",
            $"delim = {EngineSql.Literal(dialect.Delimiter.ToString())}",
            $"quote = {EngineSql.Literal(dialect.Quote?.ToString() ?? string.Empty)}",
            $"escape = {EngineSql.Literal(dialect.Quote is null ? string.Empty : (dialect.Escape ?? dialect.Quote).ToString()!)}",
            "null_padding = true",
            "strict_mode = false",
            $"compression = {EngineSql.Literal(group.Compression switch { FileCompression.Gzip => "gzip", FileCompression.Zstd => "zstd", _ => "none" })}",
            $"columns = {{{string.Join(", ", source.Columns.Select((_, index) => $"{EngineSql.Literal(Position(index))}: 'VARCHAR'"))}}}",
        };
        if (dialect.NullFormat is { } nullText)
        {
            options.Add($"nullstr = {EngineSql.Literal(nullText)}");
        }
        else
        {
            // Without a NULL marker an empty string field is an empty string; other types read it as NULL.
            var strings = source.Columns.Select((column, index) => (column, index)).Where(pair => IsString(pair.column)).Select(pair => Position(pair.index)).ToList();
            if (strings.Count > 0)
            {
                options.Add($"force_not_null = {EngineSql.List(strings)}");
            }
        }

        var columns = table.Columns.Select(column =>
            IsString(column)
                ? $"{EngineSql.Identifier(positions[column.Name])} AS {EngineSql.Identifier(column.Name)}"
                : $"TRY_CAST({EngineSql.Identifier(positions[column.Name])} AS {EngineSql.TypeOf(column.Type)}) AS {EngineSql.Identifier(column.Name)}");
        return $"SELECT {string.Join(", ", columns.Concat(PartitionColumns(table, group)))} FROM read_csv({EngineSql.List(group.Paths)}, {string.Join(", ", options)})";
    }

    private static string ParquetBranch(DuckDbSession session, TableRead table, FileGroup group)
    {
        var read = $"read_parquet({EngineSql.List(group.Paths)}{(group.Paths.Count > 1 ? ", union_by_name = true" : string.Empty)})";
        var fileColumns = session.Query($"DESCRIBE SELECT * FROM {read}", reader => (Name: reader.GetString(0), Type: reader.GetString(1)))
            .GroupBy(column => column.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(grouping => grouping.Key, grouping => grouping.First(), StringComparer.OrdinalIgnoreCase);
        var columns = table.Columns.Select(column =>
        {
            var type = EngineSql.TypeOf(column.Type);
            var alias = EngineSql.Identifier(column.Name);
            if (!fileColumns.TryGetValue(column.Name, out var found))
            {
                return $"CAST(NULL AS {type}) AS {alias}";
            }

            var name = EngineSql.Identifier(found.Name);
            return SameType(found.Type, type) ? $"{name} AS {alias}" : $"TRY_CAST({name} AS {type}) AS {alias}";
        });
        return $"SELECT {string.Join(", ", columns.Concat(PartitionColumns(table, group)))} FROM {read}";
    }

    private static IEnumerable<string> PartitionColumns(TableRead table, FileGroup group) =>
        table.PartitionKeys.Select(key =>
        {
            var index = table.Source.PartitionKeys.ToList().FindIndex(candidate => candidate.Name == key.Name);
            var value = group.PartitionValues[index];
            var type = EngineSql.TypeOf(key.Type);
            return value is null
                ? $"CAST(NULL AS {type}) AS {EngineSql.Identifier(key.Name)}"
                : $"TRY_CAST({EngineSql.Literal(value)} AS {type}) AS {EngineSql.Identifier(key.Name)}";
        });

    private static string Empty(TableRead table) =>
        $"SELECT {string.Join(", ", table.AllColumns.Select(column => $"CAST(NULL AS {EngineSql.TypeOf(column.Type)}) AS {EngineSql.Identifier(column.Name)}"))} WHERE false";

    private static string Guarded(TableColumn column, IReadOnlyDictionary<string, ColumnClass> classes)
    {
        var name = EngineSql.Identifier(column.Name);
        if (!IsString(column))
        {
            return name;
        }

        var sealedValue = $"starts_with({name}, {EngineSql.Literal(SealedPrefix)})";
        var fingerprint = $"starts_with({name}, {EngineSql.Literal(FingerprintPrefix)})";
        var expected = classes.GetValueOrDefault(column.Name, ColumnClass.Cleartext) switch
        {
            ColumnClass.Sealed => sealedValue,
            ColumnClass.Fingerprint => fingerprint,
            _ => $"NOT ({sealedValue} OR {fingerprint})",
        };
        return $"CASE WHEN {name} IS NULL OR {expected} THEN {name} ELSE error({EngineSql.Literal(ClassGuardError)}) END AS {name}";
    }

    private static bool IsString(TableColumn column) => column.Type.Kind is HiveTypeKind.String or HiveTypeKind.Varchar or HiveTypeKind.Char;

    private static bool SameType(string fileType, string type) =>
        string.Equals(fileType.Replace(" ", string.Empty, StringComparison.Ordinal), type.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    private static string Position(int index) => "c" + index.ToString(CultureInfo.InvariantCulture);
}
