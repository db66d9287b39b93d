using System.Globalization;
using Cleanroom.Server.Glue.Wire;

namespace Cleanroom.Server.Glue;

/// <summary>
/// A Glue table as Cleanroom reads its data: where the objects are (in the table owner's object store), their
/// format, the data columns and the Hive partition keys (<c>key=value/</c> folders under the location), and for
/// CSV the dialect. Objects whose last path segment starts with <c>_</c> or <c>.</c> are not data (Hive's rule,
/// e.g. <c>_SUCCESS</c>). CSV objects are decompressed by extension (<see cref="CompressionOf"/>); Parquet files
/// carry their own compression. Every table in the catalog interprets without error: <see cref="Interpret"/>
/// runs when a table is created or updated and refuses anything Cleanroom could not read.
/// </summary>
internal sealed record TableSource(
    S3Location Location,
    TableFormat Format,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableColumn> PartitionKeys,
    CsvDialect? Csv)
{
    private const int MaxHeaderLines = 100;

    public bool HasHeader => Csv is { HeaderLines: > 0 };

    /// <summary>The data column or partition key with that name (names are case-insensitive), or null.</summary>
    public TableColumn? Find(string name) =>
        Columns.Concat(PartitionKeys).FirstOrDefault(column => string.Equals(column.Name, name, StringComparison.OrdinalIgnoreCase));

    public bool IsPartitionKey(string name) =>
        PartitionKeys.Any(column => string.Equals(column.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>How a CSV object with this key is compressed: <c>.gz</c>/<c>.gzip</c>, <c>.zst</c>/<c>.zstd</c>, or none.</summary>
    public static FileCompression CompressionOf(string key) =>
        Path.GetExtension(key).ToLowerInvariant() switch
        {
            ".gz" or ".gzip" => FileCompression.Gzip,
            ".zst" or ".zstd" => FileCompression.Zstd,
            ".bz2" or ".deflate" or ".lz4" or ".snappy" or ".lzo" or ".br" => FileCompression.Unsupported,
            _ => FileCompression.None,
        };

    /// <summary>Reads a table input; throws InvalidInputException naming what Cleanroom cannot read.</summary>
    public static TableSource Interpret(GlueTableInput table)
    {
        var tableType = table.TableType?.ToUpperInvariant();
        if (tableType is not (null or "EXTERNAL_TABLE" or "MANAGED_TABLE"))
        {
            throw GlueErrors.InvalidInput($"The table type {table.TableType} is not supported; Cleanroom reads EXTERNAL_TABLE tables over S3 objects.");
        }

        var parameters = table.Parameters ?? [];
        if (parameters.TryGetValue("table_type", out var openFormat))
        {
            throw GlueErrors.InvalidInput($"{openFormat} tables are not supported; Cleanroom reads CSV and Parquet objects.");
        }

        var storage = table.StorageDescriptor ?? throw GlueErrors.InvalidInput("The table needs a StorageDescriptor with its Location, Columns and format.");
        var location = S3Location.Parse(storage.Location)
            ?? throw GlueErrors.InvalidInput("StorageDescriptor.Location must be an S3 location, s3://bucket/prefix/ or s3://bucket/key.");
        var columns = ColumnsOf(storage.Columns, "StorageDescriptor.Columns");
        if (columns.Count == 0)
        {
            throw GlueErrors.InvalidInput("StorageDescriptor.Columns must list at least one column.");
        }

        var partitionKeys = ColumnsOf(table.PartitionKeys, "PartitionKeys");
        var duplicate = columns.Concat(partitionKeys).GroupBy(column => column.Name).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw GlueErrors.InvalidInput($"The column name {duplicate.Key} is used more than once (names are case-insensitive).");
        }

        var classification = parameters.GetValueOrDefault("classification") ?? storage.Parameters?.GetValueOrDefault("classification");
        var format = GlueSerDe.FormatOf(storage.SerdeInfo?.SerializationLibrary, storage.InputFormat, classification);
        var csv = format == TableFormat.Csv ? GlueSerDe.DialectOf(storage.SerdeInfo, HeaderLinesOf(parameters, storage.SerdeInfo)) : null;
        return new TableSource(location, format, columns, partitionKeys, csv);
    }

    private static List<TableColumn> ColumnsOf(IReadOnlyList<GlueColumn>? columns, string field) =>
        (columns ?? []).Select((column, index) =>
        {
            var type = HiveType.Parse(column.Type)
                ?? throw GlueErrors.InvalidInput(
                    $"{field}[{index}] ({column.Name}) has a type Cleanroom cannot read; use string, varchar(n), char(n), tinyint, smallint, int, bigint, " +
                    "float, double, decimal(p,s), boolean, date or timestamp.");
            return new TableColumn(column.Name.ToLowerInvariant(), type, column.Type!.Trim());
        }).ToList();

    /// <summary><c>skip.header.line.count</c>, from the table parameters (where Athena puts it) or the SerDe's.</summary>
    private static int HeaderLinesOf(Dictionary<string, string> parameters, GlueSerDeInfo? serDe)
    {
        var text = parameters.GetValueOrDefault("skip.header.line.count") ?? serDe?.Parameters?.GetValueOrDefault("skip.header.line.count");
        if (text is null)
        {
            return 0;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var lines) && lines <= MaxHeaderLines
            ? lines
            : throw GlueErrors.InvalidInput($"skip.header.line.count must be a whole number from 0 to {MaxHeaderLines}.");
    }
}
