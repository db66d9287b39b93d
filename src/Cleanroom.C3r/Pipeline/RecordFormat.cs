using System.Buffers;

namespace Cleanroom.C3r;

/// <summary>
/// How transformed rows are serialised between the workers, the shuffle and the output writer.
/// </summary>
internal abstract class RecordFormat
{
    public abstract void Null(IBufferWriter<byte> output, int column);

    /// <summary>A value: cleartext (body bytes) or an encrypted ASCII cell.</summary>
    public abstract void Value(IBufferWriter<byte> output, int column, ReadOnlySpan<byte> value, bool encrypted);

    public abstract void EndRow(IBufferWriter<byte> output);
}
