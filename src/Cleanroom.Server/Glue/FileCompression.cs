namespace Cleanroom.Server.Glue;

/// <summary>How one CSV object is compressed, told by its key's extension as Hive and Athena do.</summary>
internal enum FileCompression
{
    None,
    Gzip,
    Zstd,

    /// <summary>A compression codec Cleanroom cannot read (bzip2, deflate, lz4, snappy, lzo, brotli): the query fails clearly.</summary>
    Unsupported,
}
