namespace Cleanroom.Server.Glue;

/// <summary>The file formats Cleanroom reads: delimited text (CSV) and Parquet.</summary>
internal enum TableFormat
{
    Csv,
    Parquet,
}
