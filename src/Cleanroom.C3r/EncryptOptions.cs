namespace Cleanroom.C3r;

/// <summary>What to encrypt and how; mirrors the reference client's <c>encrypt</c> options.</summary>
public sealed record EncryptOptions(string InputPath, string OutputPath, C3rSchema Schema)
{
    /// <summary>Overrides detection from the input file's extension.</summary>
    public C3rFileFormat? FileFormat { get; init; }

    /// <summary>CSV only: the text that marks NULL in the input (spec 12.1); null for the default rules.</summary>
    public string? CsvInputNullValue { get; init; }

    /// <summary>CSV only: the text written for NULL; null writes an empty field.</summary>
    public string? CsvOutputNullValue { get; init; }

    /// <summary>Parquet only: treat unannotated binary columns as UTF-8 strings.</summary>
    public bool ParquetBinaryAsString { get; init; }

    public bool Overwrite { get; init; }

    /// <summary>Validate inputs and settings without writing any output.</summary>
    public bool DryRun { get; init; }

    /// <summary>Where shuffle files go; defaults to the output file's directory.</summary>
    public string? TempDirectory { get; init; }

    /// <summary>Worker threads; defaults to the processor count.</summary>
    public int? Parallelism { get; init; }

    /// <summary>Rows kept in memory for the shuffle before spilling to encrypted temporary files.</summary>
    public long ShuffleMemoryBytes { get; init; } = 16L * 1024 * 1024;
}
