using System.Text;

namespace Cleanroom.C3r;

/// <summary>Decrypts CSV rows into CSV lines. One instance per worker thread.</summary>
internal sealed class RowDecryptor : IDisposable
{
    private readonly CellDecoder _decoder;
    private readonly CsvRecordFormat _format;
    private readonly IReadOnlyList<string> _headers;

    public RowDecryptor(byte[] rootKey, CsvOutput csv, IReadOnlyList<string> headers, bool failOnFingerprint)
    {
        _decoder = new CellDecoder(rootKey, failOnFingerprint);
        _format = new CsvRecordFormat(csv);
        _headers = headers;
    }

    public void Decrypt(RowBatch input, TransformedBatch output)
    {
        output.Reset(0);
        output.FirstRow = input.FirstRow;
        output.RowCount = input.RowCount;
        for (var row = 0; row < input.RowCount; row++)
        {
            for (var c = 0; c < input.Columns; c++)
            {
                if (input.IsNull(row, c))
                {
                    _format.Null(output.Bytes, c);
                    continue;
                }

                var cell = input.Cell(row, c);
                try
                {
                    Cell(cell, c, output);
                }
                catch (C3rException e)
                {
                    throw new C3rException(
                        $"Failed while unmarshalling data for column `{_headers[c]}` on row {input.FirstRow + row}. Error message received: {e.Message}",
                        e);
                }
            }

            _format.EndRow(output.Bytes);
            output.RowEnds.Add(output.Bytes.WrittenCount);
        }
    }

    public void Dispose() => _decoder.Dispose();

    private void Cell(ReadOnlySpan<byte> cell, int column, TransformedBatch output)
    {
        switch (_decoder.Decode(cell, out var type, out var isNull, out var body))
        {
            case CellDecoder.Outcome.Decrypted when isNull:
                _format.Null(output.Bytes, column);
                break;
            case CellDecoder.Outcome.Decrypted when type is ClientDataType.String or ClientDataType.Char:
                _format.Value(output.Bytes, column, body, false);
                break;
            case CellDecoder.Outcome.Decrypted:
                _format.Value(output.Bytes, column, Encoding.UTF8.GetBytes(DecodedValueText.Format(type, body)), false);
                break;
            case CellDecoder.Outcome.Fingerprint:
                output.FingerprintSeen = true;
                _format.Value(output.Bytes, column, cell, false);
                break;
            default:
                _format.Value(output.Bytes, column, cell, false);
                break;
        }
    }
}
