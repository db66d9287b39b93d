namespace Cleanroom.C3r;

/// <summary>Input and output file formats; the output always has the input's format.</summary>
public enum C3rFileFormat
{
    Csv,
    Parquet,
}
