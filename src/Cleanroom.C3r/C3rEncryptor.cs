namespace Cleanroom.C3r;

/// <summary>
/// Encrypts a CSV or Parquet table for a collaboration, byte-compatible with the AWS C3R client. Streams the input
/// through parallel workers, shuffles rows with bounded memory, and writes the output only on success.
/// </summary>
public sealed class C3rEncryptor
{
    private readonly KeyMaterial _keys;
    private readonly ClientSettings _settings;

    public C3rEncryptor(SharedSecret secret, string collaborationId, ClientSettings settings)
        : this(KeyMaterial.ForCollaboration(secret, collaborationId), settings)
    {
    }

    /// <summary>Any salt, as the reference SDK allows; used by test vectors made with non-UUID salts.</summary>
    internal C3rEncryptor(KeyMaterial keys, ClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _keys = keys;
        _settings = settings;
    }

    public EncryptionSummary Encrypt(EncryptOptions options, IProgress<double>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var format = InputFile.Format(options.InputPath, options.FileFormat);
        CheckOptions(format, options);
        options.Schema.CheckAgainst(_settings);
        OutputFile.CheckDestination(options.OutputPath, options.Overwrite);
        var keys = _keys;

        EncryptPlan plan;
        IReadOnlyList<ParquetColumn> parquetColumns = [];
        using (var probe = OpenReader(format, options))
        {
            plan = new EncryptPlan(options.Schema, probe.Columns, _settings, keys);
            parquetColumns = (probe as ParquetTableReader)?.ParquetColumns ?? [];
        }

        if (options.DryRun)
        {
            return Summary(plan, 0, false);
        }

        plan.ResolvePads(MeasureLongestValues(format, options, plan, cancellation));
        var temporary = options.TempDirectory ?? Path.GetDirectoryName(Path.GetFullPath(options.OutputPath))!;
        if (!Directory.Exists(temporary))
        {
            throw new C3rException($"The temporary directory {temporary} does not exist.");
        }

        using var shuffler = new RowShuffler(temporary, options.ShuffleMemoryBytes);
        using var duplicates = !_settings.AllowDuplicates && plan.FingerprintColumns.Count > 0
            ? new DuplicateFinder(temporary, options.ShuffleMemoryBytes / 3)
            : null;
        using (var reader = OpenReader(format, options))
        {
            var recordFormat = format == C3rFileFormat.Csv ? (RecordFormat)new CsvRecordFormat(new CsvOutput(options.CsvOutputNullValue)) : new BinaryRecordFormat();
            Transform(reader, plan, recordFormat, shuffler, duplicates, options.Parallelism, progress, cancellation);
        }

        CheckDuplicates(plan, duplicates);
        using var output = OutputFile.Create(options.OutputPath, options.Overwrite);
        var spilled = shuffler.Spilled;
        using (var writer = OpenWriter(format, options, plan, parquetColumns, output.Stream))
        {
            shuffler.Drain(writer.WriteRecord);
            writer.Complete();
        }

        output.Commit();
        progress?.Report(1);
        return Summary(plan, shuffler.Count, spilled);
    }

    private void Transform(
        TableReader reader,
        EncryptPlan plan,
        RecordFormat format,
        RowShuffler shuffler,
        DuplicateFinder? duplicates,
        int? parallelism,
        IProgress<double>? progress,
        CancellationToken cancellation)
    {
        var nullsSeen = new long[plan.FingerprintColumns.Count];
        var checkNulls = !_settings.AllowDuplicates && !_settings.PreserveNulls;
        BatchPipeline.Run(
            reader,
            () => new RowEncryptor(plan, format),
            (worker, batch, output) => worker.Encrypt(batch, output),
            output =>
            {
                if (checkNulls)
                {
                    CheckSingleNull(plan, output, nullsSeen);
                }

                if (duplicates is not null)
                {
                    for (var f = 0; f < plan.FingerprintColumns.Count; f++)
                    {
                        var digests = output.Digests[f];
                        for (var i = 0; i < output.DigestCounts[f]; i++)
                        {
                            duplicates.Add(f, digests.AsSpan(i * CellFormat.HmacLength, CellFormat.HmacLength));
                        }
                    }
                }

                shuffler.InputFraction = output.InputFraction;
                for (var row = 0; row < output.RowCount; row++)
                {
                    shuffler.Add(output.Row(row));
                }

                progress?.Report(output.InputFraction * 0.9);
            },
            parallelism,
            cancellation);
    }

    /// <summary>
    /// With duplicates forbidden and NULLs not preserved, a second NULL in a fingerprinted source would be a repeat.
    /// </summary>
    private static void CheckSingleNull(EncryptPlan plan, TransformedBatch output, long[] nullsSeen)
    {
        for (var f = 0; f < plan.FingerprintColumns.Count; f++)
        {
            var (count, firstRow) = output.Nulls[f];
            nullsSeen[f] += count;
            if (nullsSeen[f] > 1)
            {
                var column = plan.FingerprintColumns[f];
                throw new C3rException(
                    $"Source column {column.Source + 1} cannot be used to construct the target fingerprint column `{column.Target.TargetHeader}` because the column contains more than one NULL entry and the `allowDuplicates` setting is false (near row {firstRow}).");
            }
        }
    }

    private static void CheckDuplicates(EncryptPlan plan, DuplicateFinder? duplicates)
    {
        if (duplicates is null)
        {
            return;
        }

        var columns = duplicates.DuplicatedColumns();
        if (columns.Count > 0)
        {
            var names = columns.Select(i => $"`{plan.FingerprintColumns[i].Target.TargetHeader}`");
            throw new C3rException(
                $"Duplicate entries found in the following fingerprint columns but the allowDuplicates setting for cryptographic computing is false: [{string.Join(", ", names)}]");
        }
    }

    /// <summary>Max padding needs each column's longest encoded value before the first row is sealed.</summary>
    private static Dictionary<int, int> MeasureLongestValues(
        C3rFileFormat format, EncryptOptions options, EncryptPlan plan, CancellationToken cancellation)
    {
        var longest = new Dictionary<int, int>();
        var sources = plan.MaxPadSources;
        if (sources.Count == 0)
        {
            return longest;
        }

        using var reader = OpenReader(format, options);
        var batch = new RowBatch(reader.Columns.Count, TableReader.BatchRows);
        while (reader.Read(batch))
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var source in sources)
            {
                var max = longest.GetValueOrDefault(source);
                for (var row = 0; row < batch.RowCount; row++)
                {
                    max = Math.Max(max, batch.CellLength(row, source) + 1);
                }

                longest[source] = max;
            }
        }

        return longest;
    }

    private static void CheckOptions(C3rFileFormat format, EncryptOptions options)
    {
        if (format == C3rFileFormat.Parquet)
        {
            if (options.CsvInputNullValue is not null || options.CsvOutputNullValue is not null)
            {
                throw new C3rException("CSV options specified for PARQUET file.");
            }

            if (!options.Schema.HeaderRow)
            {
                throw new C3rException("Parquet files require a mapped table schema.");
            }
        }
        else if (options.ParquetBinaryAsString)
        {
            throw new C3rException("Parquet options specified for CSV file.");
        }
    }

    private static TableReader OpenReader(C3rFileFormat format, EncryptOptions options) => format switch
    {
        C3rFileFormat.Csv => CsvTableReader.Open(
            options.InputPath,
            CsvNullRule.ForInput(options.CsvInputNullValue),
            options.Schema.HeaderRow ? null : options.Schema.PositionalColumnCount),
        _ => ParquetTableReader.Open(options.InputPath, options.ParquetBinaryAsString),
    };

    private static TableWriter OpenWriter(
        C3rFileFormat format, EncryptOptions options, EncryptPlan plan, IReadOnlyList<ParquetColumn> parquetColumns, Stream stream) => format switch
    {
        C3rFileFormat.Csv => new CsvTableWriter(stream, new CsvOutput(options.CsvOutputNullValue), [.. plan.Columns.Select(c => c.Target.TargetHeader)]),
        _ => ParquetTableWriter.ForEncryption(stream, plan, parquetColumns),
    };

    private static EncryptionSummary Summary(EncryptPlan plan, long rows, bool spilled)
    {
        List<string> Of(ColumnType type) => [.. plan.Columns.Where(c => c.Target.Type == type).Select(c => c.Target.TargetHeader)];
        return new EncryptionSummary(rows, Of(ColumnType.Cleartext), Of(ColumnType.Sealed), Of(ColumnType.Fingerprint), spilled);
    }
}
