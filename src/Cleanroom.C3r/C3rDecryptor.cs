using System.Text;

namespace Cleanroom.C3r;

/// <summary>
/// Decrypts a C3R-encrypted CSV or Parquet table (spec 14). Needs only the shared secret and collaboration id:
/// each cell is recognised from its own bytes, so renamed or reordered columns decrypt too.
/// </summary>
public sealed class C3rDecryptor
{
    private readonly KeyMaterial _keys;

    public C3rDecryptor(SharedSecret secret, string collaborationId)
        : this(KeyMaterial.ForCollaboration(secret, collaborationId))
    {
    }

    internal C3rDecryptor(KeyMaterial keys) => _keys = keys;

    public DecryptionSummary Decrypt(DecryptOptions options, IProgress<double>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var format = InputFile.Format(options.InputPath, options.FileFormat);
        if (format == C3rFileFormat.Parquet && (options.CsvInputNullValue is not null || options.CsvOutputNullValue is not null))
        {
            throw new C3rException("CSV options specified for PARQUET file.");
        }

        OutputFile.CheckDestination(options.OutputPath, options.Overwrite);
        var rootKey = _keys.RootKey;
        if (options.DryRun)
        {
            using var probe = format == C3rFileFormat.Csv
                ? (TableReader)CsvTableReader.Open(options.InputPath, CsvNullRule.ForInput(options.CsvInputNullValue), null)
                : ParquetTableReader.Open(options.InputPath, false);
            return new DecryptionSummary(0, false);
        }

        using var output = OutputFile.Create(options.OutputPath, options.Overwrite);
        var summary = format == C3rFileFormat.Csv
            ? DecryptCsv(rootKey, options, output.Stream, progress, cancellation)
            : DecryptParquet(rootKey, options, output.Stream, progress, cancellation);
        output.Commit();
        progress?.Report(1);
        return summary;
    }

    private static DecryptionSummary DecryptCsv(
        byte[] rootKey, DecryptOptions options, Stream stream, IProgress<double>? progress, CancellationToken cancellation)
    {
        using var reader = CsvTableReader.Open(options.InputPath, CsvNullRule.ForInput(options.CsvInputNullValue), null);
        var headers = reader.Columns.Select(c => c.Name).ToArray();
        var csv = new CsvOutput(options.CsvOutputNullValue);
        using var writer = new CsvTableWriter(stream, csv, headers);
        long rows = 0;
        var fingerprints = false;
        BatchPipeline.Run(
            reader,
            () => new RowDecryptor(rootKey, csv, headers, options.FailOnFingerprintColumns),
            (worker, batch, output) => worker.Decrypt(batch, output),
            output =>
            {
                writer.WriteRecords(output.Bytes.WrittenSpan, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output.RowEnds));
                rows += output.RowCount;
                fingerprints |= output.FingerprintSeen;
                progress?.Report(output.InputFraction);
            },
            options.Parallelism,
            cancellation);

        writer.Complete();
        return new DecryptionSummary(rows, fingerprints);
    }

    /// <summary>
    /// Parquet output keeps the input's columns; a column of sealed values becomes the type they decrypt to, found
    /// from its first sealed cell before any row group is written.
    /// </summary>
    private static DecryptionSummary DecryptParquet(
        byte[] rootKey, DecryptOptions options, Stream stream, IProgress<double>? progress, CancellationToken cancellation)
    {
        using var reader = ParquetTableReader.Open(options.InputPath, false);
        using var decoder = new CellDecoder(rootKey, options.FailOnFingerprintColumns);
        var inputs = reader.ParquetColumns;
        var outputs = OutputColumns(reader, decoder);
        using var writer = new ParquetTableWriter(stream, [.. outputs.Select(c => (c.Name, c))]);
        long rows = 0;
        var fingerprints = false;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            cancellation.ThrowIfCancellationRequested();
            var group = reader.ReadGroup(g);
            for (var c = 0; c < inputs.Count; c++)
            {
                if (inputs[c].Kind != ParquetKind.String)
                {
                    continue;
                }

                var values = group[c];
                for (var row = 0; row < values.Length; row++)
                {
                    if (values[row] is not string text)
                    {
                        continue;
                    }

                    try
                    {
                        var outcome = decoder.Decode(Encoding.UTF8.GetBytes(text), out var type, out var isNull, out var body);
                        fingerprints |= outcome == CellDecoder.Outcome.Fingerprint;
                        values[row] = outcome switch
                        {
                            CellDecoder.Outcome.Decrypted when isNull => null,
                            CellDecoder.Outcome.Decrypted when outputs[c].Kind == ParquetKind.String => DecodedValueText.Format(type, body),
                            CellDecoder.Outcome.Decrypted when ParquetColumn.ForDecoded(outputs[c].Name, type, body).Kind == outputs[c].Kind => outputs[c].Value(body),
                            _ when outputs[c].Kind == ParquetKind.String => text,
                            _ => throw new C3rException("The column mixes sealed values of different types."),
                        };
                    }
                    catch (C3rException e)
                    {
                        throw new C3rException(
                            $"Failed while unmarshalling data for column `{inputs[c].Name}` on row {rows + row + 1}. Error message received: {e.Message}", e);
                    }
                }
            }

            var count = group.Length == 0 ? 0 : group[0].Length;
            WriteGroup(writer, group, count);
            rows += count;
            progress?.Report((g + 1) / (double)reader.RowGroupCount);
        }

        writer.Complete();
        return new DecryptionSummary(rows, fingerprints);
    }

    private static List<ParquetColumn> OutputColumns(ParquetTableReader reader, CellDecoder decoder)
    {
        var inputs = reader.ParquetColumns;
        var outputs = inputs.ToList();
        var pending = Enumerable.Range(0, inputs.Count).Where(c => inputs[c].Kind == ParquetKind.String).ToHashSet();
        for (var g = 0; g < reader.RowGroupCount && pending.Count > 0; g++)
        {
            var group = reader.ReadGroup(g);
            foreach (var c in pending.ToList())
            {
                foreach (var value in group[c])
                {
                    if (value is string text && C3rCell.Classify(text) == C3rCellKind.Sealed)
                    {
                        if (decoder.Decode(Encoding.UTF8.GetBytes(text), out var type, out var isNull, out var body) == CellDecoder.Outcome.Decrypted && !isNull)
                        {
                            outputs[c] = ParquetColumn.ForDecoded(inputs[c].Name, type, body);
                            pending.Remove(c);
                            break;
                        }
                    }
                }
            }
        }

        return outputs;
    }

    private static void WriteGroup(ParquetTableWriter writer, object?[][] group, int count)
    {
        for (var row = 0; row < count; row++)
        {
            writer.WriteValues(group, row);
        }
    }
}
