namespace Cleanroom.C3r;

/// <summary>What to decrypt and how; mirrors the reference client's <c>decrypt</c> options.</summary>
public sealed record DecryptOptions(string InputPath, string OutputPath)
{
    /// <summary>Overrides detection from the input file's extension.</summary>
    public C3rFileFormat? FileFormat { get; init; }

    /// <summary>CSV only: the text that marks NULL in the input.</summary>
    public string? CsvInputNullValue { get; init; }

    /// <summary>CSV only: the text written for NULL; null writes an empty field.</summary>
    public string? CsvOutputNullValue { get; init; }

    public bool Overwrite { get; init; }

    /// <summary>Fail instead of passing fingerprint cells through.</summary>
    public bool FailOnFingerprintColumns { get; init; }

    /// <summary>Validate inputs without writing any output.</summary>
    public bool DryRun { get; init; }

    /// <summary>Worker threads; defaults to the processor count.</summary>
    public int? Parallelism { get; init; }
}
