using System.Security.Cryptography;

namespace Cleanroom.C3r;

/// <summary>
/// Turns input rows into output rows (spec 5–7): one fresh random nonce per row shared by its sealed cells, fingerprints
/// with cached column keys, cleartext copied. One instance per worker thread.
/// </summary>
internal sealed class RowEncryptor : IDisposable
{
    private readonly EncryptPlan _plan;
    private readonly RecordFormat _format;
    private readonly bool _collectDigests;
    private readonly RowSealer _sealer;
    private readonly Fingerprinter?[] _fingerprinters;
    private byte[] _nonces = new byte[TableReader.BatchRows * CellFormat.NonceLength];
    private byte[] _padded = new byte[1024];
    private byte[] _cell = new byte[2048];
    private byte[] _message = new byte[1024];

    public RowEncryptor(EncryptPlan plan, RecordFormat format)
    {
        _plan = plan;
        _format = format;
        _collectDigests = !plan.Settings.AllowDuplicates;
        _sealer = new RowSealer(plan.RootKey);
        _fingerprinters = [.. plan.Columns.Select(c => c.FingerprintKey is null ? null : new Fingerprinter(c.FingerprintKey))];
    }

    public void Encrypt(RowBatch input, TransformedBatch output)
    {
        output.Reset(_plan.FingerprintColumns.Count);
        output.FirstRow = input.FirstRow;
        output.RowCount = input.RowCount;
        output.InputFraction = 0;
        var nonceBytes = input.RowCount * CellFormat.NonceLength;
        if (_nonces.Length < nonceBytes)
        {
            _nonces = new byte[nonceBytes];
        }

        var hasSealed = _plan.HasSealed;
        if (hasSealed)
        {
            RandomNumberGenerator.Fill(_nonces.AsSpan(0, nonceBytes));
        }

        var columns = _plan.Columns;
        for (var row = 0; row < input.RowCount; row++)
        {
            if (hasSealed)
            {
                _sealer.BeginRow(_nonces.AsSpan(row * CellFormat.NonceLength, CellFormat.NonceLength));
            }

            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                try
                {
                    Cell(column, c, input, row, output);
                }
                catch (C3rException e)
                {
                    throw new C3rException(
                        $"Failed while marshalling data for target column `{column.Target.TargetHeader}` on row {input.FirstRow + row}. Error message: {e.Message}",
                        e);
                }
            }

            _format.EndRow(output.Bytes);
            output.RowEnds.Add(output.Bytes.WrittenCount);
        }
    }

    public void Dispose()
    {
        _sealer.Dispose();
        foreach (var fingerprinter in _fingerprinters)
        {
            fingerprinter?.Dispose();
        }
    }

    private void Cell(PlannedColumn column, int index, RowBatch input, int row, TransformedBatch output)
    {
        var isNull = input.IsNull(row, column.Source);
        var body = input.Cell(row, column.Source);
        switch (column.Target.Type)
        {
            case ColumnType.Cleartext:
                if (isNull)
                {
                    _format.Null(output.Bytes, index);
                    return;
                }

                CheckCellLength(body.Length);
                _format.Value(output.Bytes, index, body, false);
                return;
            case ColumnType.Sealed:
                if (isNull && _plan.Settings.PreserveNulls)
                {
                    _format.Null(output.Bytes, index);
                    return;
                }

                _format.Value(output.Bytes, index, Seal(column, isNull, body), true);
                return;
            default:
                if (isNull)
                {
                    output.AddNull(column.FingerprintIndex, input.FirstRow + row);
                    if (_plan.Settings.PreserveNulls)
                    {
                        _format.Null(output.Bytes, index);
                        return;
                    }
                }

                _format.Value(output.Bytes, index, Fingerprint(column, index, isNull, body, output), true);
                return;
        }
    }

    private ReadOnlySpan<byte> Seal(PlannedColumn column, bool isNull, ReadOnlySpan<byte> body)
    {
        var encodedLength = isNull ? column.NullEncoding.Length : body.Length + 1;
        var paddedCapacity = Math.Max(encodedLength, column.PadTarget ?? 0) + 2;
        EnsureCapacity(ref _padded, paddedCapacity + encodedLength);

        // E is assembled at the end of the scratch buffer and padded into its start.
        var encoded = _padded.AsSpan(paddedCapacity, encodedLength);
        if (isNull)
        {
            column.NullEncoding.CopyTo(encoded);
        }
        else
        {
            encoded[0] = ValueEncoding.Info(column.SourceType, false);
            body.CopyTo(encoded[1..]);
        }

        var paddedLength = Pad.Apply(encoded, column.PadTarget, column.Target.TargetHeader, _padded);
        var cellLength = CellFormat.SealedCellLength(paddedLength);
        CheckCellLength(cellLength);
        EnsureCapacity(ref _cell, cellLength);
        var written = _sealer.Seal(column.NameUtf8, _padded.AsSpan(0, paddedLength), _cell);
        return _cell.AsSpan(0, written);
    }

    private ReadOnlySpan<byte> Fingerprint(PlannedColumn column, int index, bool isNull, ReadOnlySpan<byte> body, TransformedBatch output)
    {
        EnsureCapacity(ref _message, body.Length + 64);
        int length;
        if (isNull)
        {
            // A NULL that is not preserved gets a random, unjoinable fingerprint.
            RandomNumberGenerator.Fill(_message.AsSpan(0, 32));
            _message[32] = column.NullFingerprintInfo;
            length = 33;
        }
        else
        {
            length = ValueEncoding.FingerprintMessage(column.SourceType, body, _message);
        }

        Span<byte> digest = stackalloc byte[CellFormat.HmacLength];
        _fingerprinters[index]!.Digest(_message.AsSpan(0, length), digest);
        if (_collectDigests && !isNull)
        {
            output.AddDigest(column.FingerprintIndex, digest);
        }

        var written = Fingerprinter.WriteCell(digest, _cell);
        return _cell.AsSpan(0, written);
    }

    private static void CheckCellLength(int length)
    {
        if (length > CellFormat.MaxCellBytes)
        {
            throw new C3rException(
                $"Marshalled bytes too long for Glue. Glue supports a maximum length of {CellFormat.MaxCellBytes} bytes but marshalled value was {length} bytes.");
        }
    }

    private static void EnsureCapacity(ref byte[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }
    }
}
