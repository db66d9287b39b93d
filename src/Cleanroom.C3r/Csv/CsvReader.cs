using System.Buffers;
using System.Text.Unicode;

namespace Cleanroom.C3r;

/// <summary>
/// Reads CSV records from UTF-8 bytes with the reference client's parser rules (spec 12.1): '#' comment lines and
/// empty lines skipped, unquoted fields trimmed of characters up to U+0020, "" as an escaped quote, CR, LF or CRLF
/// line ends, strict UTF-8. Fields go straight into a <see cref="RowBatch"/>.
/// </summary>
internal sealed class CsvReader : IDisposable
{
    public const int MaxColumns = 10000;

    private static readonly SearchValues<byte> FieldStops = SearchValues.Create(",\r\n"u8);
    private static readonly SearchValues<byte> LineStops = SearchValues.Create("\r\n"u8);

    private readonly Stream _stream;
    private readonly CsvNullRule _nulls;
    private byte[] _buffer = new byte[1 << 20];
    private int _position;
    private int _end;
    private bool _eof;
    private bool _started;
    private long _consumedBefore;

    public CsvReader(Stream stream, CsvNullRule nulls)
    {
        _stream = stream;
        _nulls = nulls;
    }

    private enum Step
    {
        Record,
        Skipped,
        NeedMore,
        End,
    }

    /// <summary>Input bytes consumed so far.</summary>
    public long Position => _consumedBefore + _position;

    /// <summary>Records read so far, the header included.</summary>
    public long RecordNumber { get; private set; }

    /// <summary>Appends the next record's fields to <paramref name="batch"/>; returns the field count, or -1 at the end.</summary>
    public int ReadRecord(RowBatch batch, CsvNullRule? nulls = null)
    {
        var rule = nulls ?? _nulls;
        if (!_started)
        {
            _started = true;
            Fill();
            if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _position = 3;
            }
        }

        while (true)
        {
            var cells = batch.CellCount;
            var data = batch.DataLength;
            switch (TryRecord(batch, rule, out var fields))
            {
                case Step.Record:
                    RecordNumber++;
                    return fields;
                case Step.End:
                    return -1;
                case Step.Skipped:
                    break;
                default:
                    batch.Truncate(cells, data);
                    Fill();
                    break;
            }
        }
    }

    /// <summary>Reads the next record as strings (headers); null at the end of input.</summary>
    public string[]? ReadHeader()
    {
        var batch = new RowBatch(1, 64);
        var count = ReadRecord(batch, CsvNullRule.None);
        if (count < 0)
        {
            return null;
        }

        var headers = new string[count];
        for (var i = 0; i < count; i++)
        {
            headers[i] = System.Text.Encoding.UTF8.GetString(batch.Cell(0, i));
        }

        return headers;
    }

    public void Dispose() => _stream.Dispose();

    private Step TryRecord(RowBatch batch, CsvNullRule rule, out int fields)
    {
        fields = 0;
        var buffer = _buffer.AsSpan(0, _end);
        var p = _position;
        if (p == _end)
        {
            return _eof ? Step.End : Step.NeedMore;
        }

        if (buffer[p] == '#')
        {
            var stop = buffer[p..].IndexOfAny(LineStops);
            if (stop < 0)
            {
                return Consume(_eof ? _end : -1, Step.Skipped);
            }

            return Consume(AfterLineEnd(buffer, p + stop), Step.Skipped);
        }

        var blank = p;
        while (blank < _end && buffer[blank] <= ' ' && buffer[blank] is not ((byte)'\r' or (byte)'\n'))
        {
            blank++;
        }

        if (blank == _end)
        {
            return _eof ? Consume(_end, Step.End) : Step.NeedMore;
        }

        if (buffer[blank] is (byte)'\r' or (byte)'\n')
        {
            return Consume(AfterLineEnd(buffer, blank), Step.Skipped);
        }

        var recordStart = p;
        while (true)
        {
            var q = p;
            while (q < _end && buffer[q] <= ' ' && buffer[q] is not ((byte)'\r' or (byte)'\n'))
            {
                q++;
            }

            if (q == _end && !_eof)
            {
                return Step.NeedMore;
            }

            int stop;
            if (q < _end && buffer[q] == '"')
            {
                stop = QuotedField(buffer, q, batch, rule);
            }
            else
            {
                stop = UnquotedField(buffer, q, q, batch, rule);
            }

            if (stop < 0)
            {
                return Step.NeedMore;
            }

            if (++fields > MaxColumns)
            {
                throw new C3rException($"Row {RecordNumber + 1} of the input file has more than {MaxColumns} columns.");
            }

            if (stop < _end && buffer[stop] == ',')
            {
                p = stop + 1;
                continue;
            }

            var next = stop == _end ? _end : AfterLineEnd(buffer, stop);
            if (next < 0)
            {
                return Step.NeedMore;
            }

            if (!Utf8.IsValid(buffer[recordStart..stop]))
            {
                throw new C3rException($"Row {RecordNumber + 1} of the input file is not valid UTF-8.");
            }

            return Consume(next, Step.Record);
        }
    }

    /// <summary>Parses a quoted field starting at the opening quote; returns the stop position or -1 for more input.</summary>
    private int QuotedField(ReadOnlySpan<byte> buffer, int open, RowBatch batch, CsvNullRule rule)
    {
        var i = open + 1;
        int close;
        while (true)
        {
            var quote = buffer[i..].IndexOf((byte)'"');
            if (quote < 0)
            {
                if (!_eof)
                {
                    return -1;
                }

                // An unterminated quote runs to the end of the input.
                AddUnescaped(buffer[(open + 1).._end], batch, rule, quoted: true);
                return _end;
            }

            var at = i + quote;
            if (at + 1 == _end && !_eof)
            {
                return -1;
            }

            if (at + 1 < _end && buffer[at + 1] == '"')
            {
                i = at + 2;
                continue;
            }

            close = at;
            break;
        }

        var k = close + 1;
        while (k < _end && buffer[k] <= ' ' && buffer[k] is not ((byte)'\r' or (byte)'\n'))
        {
            k++;
        }

        if (k == _end && !_eof)
        {
            return -1;
        }

        if (k == _end || buffer[k] is (byte)',' or (byte)'\r' or (byte)'\n')
        {
            AddUnescaped(buffer[(open + 1)..close], batch, rule, quoted: true);
            return k;
        }

        // Text after the closing quote: the reference keeps the whole field raw.
        return UnquotedField(buffer, open, k, batch, rule);
    }

    private int UnquotedField(ReadOnlySpan<byte> buffer, int start, int scanFrom, RowBatch batch, CsvNullRule rule)
    {
        var found = buffer[scanFrom..].IndexOfAny(FieldStops);
        if (found < 0 && !_eof)
        {
            return -1;
        }

        var stop = found < 0 ? _end : scanFrom + found;
        var end = stop;
        while (end > start && buffer[end - 1] <= ' ')
        {
            end--;
        }

        var value = buffer[start..end];
        if (rule.IsNull(false, value))
        {
            batch.AddNull();
        }
        else
        {
            batch.Add(value);
        }

        return stop;
    }

    private static void AddUnescaped(ReadOnlySpan<byte> raw, RowBatch batch, CsvNullRule rule, bool quoted)
    {
        var destination = batch.Reserve(raw.Length);
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            destination[length++] = raw[i];
            if (raw[i] == '"' && i + 1 < raw.Length && raw[i + 1] == '"')
            {
                i++;
            }
        }

        if (rule.IsNull(quoted, destination[..length]))
        {
            batch.AddNull();
        }
        else
        {
            batch.Commit(length);
        }
    }

    /// <summary>Position after the line end at <paramref name="at"/> (CR, LF or CRLF), or -1 when more input is needed.</summary>
    private int AfterLineEnd(ReadOnlySpan<byte> buffer, int at)
    {
        if (buffer[at] == '\n')
        {
            return at + 1;
        }

        if (at + 1 < _end)
        {
            return buffer[at + 1] == '\n' ? at + 2 : at + 1;
        }

        return _eof ? at + 1 : -1;
    }

    private Step Consume(int next, Step step)
    {
        if (next < 0)
        {
            return Step.NeedMore;
        }

        _position = next;
        return step;
    }

    private void Fill()
    {
        if (_eof)
        {
            return;
        }

        if (_position > 0)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, _end - _position);
            _consumedBefore += _position;
            _end -= _position;
            _position = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
