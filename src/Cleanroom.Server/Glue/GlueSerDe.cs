using Cleanroom.Server.Glue.Wire;

namespace Cleanroom.Server.Glue;

/// <summary>
/// The SerDes, input formats and classifications Cleanroom understands, and the CSV dialect each implies.
/// Anything else is refused when the table is created, so a table in the catalog is always readable.
/// </summary>
internal static class GlueSerDe
{
    public const string LazySimple = "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe";
    public const string OpenCsv = "org.apache.hadoop.hive.serde2.OpenCSVSerde";
    public const string Parquet = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe";
    public const string TextInput = "org.apache.hadoop.mapred.TextInputFormat";
    public const string ParquetInput = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat";

    private const string Supported =
        "Cleanroom reads CSV (LazySimpleSerDe or OpenCSVSerde, TextInputFormat, classification csv) and Parquet " +
        "(ParquetHiveSerDe, MapredParquetInputFormat, classification parquet)";

    /// <summary>The format the SerDe, the input format and the classification agree on.</summary>
    public static TableFormat FormatOf(string? serDe, string? inputFormat, string? classification)
    {
        var votes = new List<(string Source, TableFormat Format)>();
        if (serDe is not null)
        {
            votes.Add(("SerdeInfo.SerializationLibrary", serDe switch
            {
                LazySimple or OpenCsv => TableFormat.Csv,
                Parquet => TableFormat.Parquet,
                _ => throw GlueErrors.InvalidInput($"The SerDe {serDe} is not supported. {Supported}."),
            }));
        }

        if (inputFormat is not null)
        {
            votes.Add(("StorageDescriptor.InputFormat", inputFormat switch
            {
                TextInput => TableFormat.Csv,
                ParquetInput => TableFormat.Parquet,
                _ => throw GlueErrors.InvalidInput($"The input format {inputFormat} is not supported. {Supported}."),
            }));
        }

        if (classification is not null)
        {
            votes.Add(("Parameters.classification", classification.ToLowerInvariant() switch
            {
                "csv" => TableFormat.Csv,
                "parquet" => TableFormat.Parquet,
                _ => throw GlueErrors.InvalidInput($"The classification {classification} is not supported. {Supported}."),
            }));
        }

        if (votes.Count == 0)
        {
            throw GlueErrors.InvalidInput($"The table's format is not given: set StorageDescriptor.SerdeInfo.SerializationLibrary or Parameters.classification. {Supported}.");
        }

        var disagreeing = votes.FirstOrDefault(vote => vote.Format != votes[0].Format);
        return disagreeing.Source is null
            ? votes[0].Format
            : throw GlueErrors.InvalidInput($"{votes[0].Source} and {disagreeing.Source} name different formats.");
    }

    /// <summary>
    /// The CSV dialect: OpenCSVSerde reads <c>separatorChar</c> (default <c>,</c>), <c>quoteChar</c> (<c>"</c>) and
    /// <c>escapeChar</c> (<c>\</c>); LazySimpleSerDe reads <c>field.delim</c> (Hive's default is Ctrl-A, U+0001),
    /// <c>escape.delim</c> and <c>serialization.null.format</c> (default <c>\N</c>) and never quotes. A table
    /// classified csv without a SerDe reads as LazySimpleSerDe with a comma.
    /// </summary>
    public static CsvDialect DialectOf(GlueSerDeInfo? serDe, int headerLines)
    {
        var parameters = serDe?.Parameters ?? [];
        var nullFormat = parameters.GetValueOrDefault("serialization.null.format");
        CsvDialect dialect = serDe?.SerializationLibrary switch
        {
            OpenCsv => new CsvDialect(
                Character(parameters, "separatorChar") ?? ',',
                Character(parameters, "quoteChar") ?? '"',
                Character(parameters, "escapeChar") ?? '\\',
                nullFormat,
                headerLines),
            LazySimple => new CsvDialect(Character(parameters, "field.delim") ?? '\u0001', null, Character(parameters, "escape.delim"), nullFormat ?? "\\N", headerLines),
            _ => new CsvDialect(Character(parameters, "field.delim") ?? ',', null, Character(parameters, "escape.delim"), nullFormat ?? "\\N", headerLines),
        };
        if (dialect.Delimiter is '\n' or '\r' || dialect.Quote is '\n' or '\r')
        {
            throw GlueErrors.InvalidInput("The field delimiter and quote character cannot be line breaks.");
        }

        if (dialect.Delimiter == dialect.Quote || dialect.Delimiter == dialect.Escape)
        {
            throw GlueErrors.InvalidInput("The field delimiter must differ from the quote and escape characters.");
        }

        return dialect;
    }

    private static char? Character(Dictionary<string, string> parameters, string name) =>
        parameters.TryGetValue(name, out var value)
            ? value.Length == 1 ? value[0] : throw GlueErrors.InvalidInput($"SerdeInfo.Parameters.{name} must be a single character.")
            : null;
}
